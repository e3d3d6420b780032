mod common;

use std::sync::Arc;
use std::task::Poll;

use common::{config, recv, send, task};
use minigo_runtime::chan::Chan;
use minigo_runtime::{run_main, Exit, Step, WaitReason};

#[test]
fn main_returning_ends_the_program() {
    assert_eq!(run_main(config(2), task(|_| Step::Exit)), Exit::Code(0));
}

#[test]
fn exit_code_from_a_goroutine() {
    let r = run_main(
        config(2),
        task(|cx| {
            cx.spawn(task(|_| {
                minigo_runtime::exit(3);
                Step::Exit
            }));
            let c = Arc::new(Chan::<i32>::new(0));
            let mut p = None;
            match recv(&c, cx, &mut p) {
                Poll::Pending => Step::Park(WaitReason::ChanReceive),
                Poll::Ready(_) => Step::Exit,
            }
        }),
    );
    assert_eq!(r, Exit::Code(3));
}

#[test]
fn ping_pong_over_unbuffered_channel() {
    let c = Arc::new(Chan::<u64>::new(0));
    let c2 = c.clone();
    let mut started = false;
    let mut pending = None;
    let mut sum = 0;
    let mut got = 0;
    let r = run_main(
        config(2),
        task(move |cx| {
            if !started {
                started = true;
                for i in 0..10u64 {
                    let c = c2.clone();
                    let mut sp = None;
                    cx.spawn(task(move |cx| match send(&c, cx, i, &mut sp) {
                        Poll::Pending => Step::Park(WaitReason::ChanSend),
                        Poll::Ready(r) => {
                            assert!(r.is_ok());
                            Step::Exit
                        }
                    }));
                }
            }
            while got < 10 {
                match recv(&c, cx, &mut pending) {
                    Poll::Pending => return Step::Park(WaitReason::ChanReceive),
                    Poll::Ready(v) => {
                        sum += v.unwrap();
                        got += 1;
                    }
                }
            }
            assert_eq!(sum, 45);
            Step::Exit
        }),
    );
    assert_eq!(r, Exit::Code(0));
}

#[test]
fn sleep_then_exit() {
    let mut slept = false;
    let t0 = std::time::Instant::now();
    let r = run_main(
        config(2),
        task(move |cx| {
            if !slept {
                slept = true;
                cx.sleep(std::time::Duration::from_millis(100));
                return Step::Park(WaitReason::Sleep);
            }
            Step::Exit
        }),
    );
    assert_eq!(r, Exit::Code(0));
    let e = t0.elapsed();
    assert!(e >= std::time::Duration::from_millis(100), "{e:?}");
}

#[test]
fn deadlock_is_reported() {
    let c = Arc::new(Chan::<i32>::new(0));
    let mut p = None;
    let r = run_main(
        config(2),
        task(move |cx| match recv(&c, cx, &mut p) {
            Poll::Pending => Step::Park(WaitReason::ChanReceive),
            Poll::Ready(_) => Step::Exit,
        }),
    );
    assert_eq!(r, Exit::Deadlock);
}
