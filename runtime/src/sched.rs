//! The scheduler proper (`proc.go`): g, m, p, sched, schedule/findRunnable, sysmon.
use crate::{Config, Exit, GRef, Task};

pub(crate) struct G;
impl G {
    pub(crate) fn goid(&self) -> u64 {
        todo!()
    }
}
pub(crate) struct CtxInner<'a> {
    _m: &'a (),
}
impl CtxInner<'_> {
    pub(crate) fn g(&self) -> &GRef {
        todo!()
    }
    pub(crate) fn preempt_requested(&self) -> bool {
        todo!()
    }
    pub(crate) fn spawn(&mut self, _task: Box<dyn Task>) -> u64 {
        todo!()
    }
    pub(crate) fn entersyscall(&mut self) {
        todo!()
    }
    pub(crate) fn exitsyscall(&mut self) {
        todo!()
    }
    pub(crate) fn sleep(&mut self, _d: std::time::Duration) {
        todo!()
    }
}
pub(crate) fn goready(_g: &GRef) {
    todo!()
}
pub(crate) fn spawn_global(_task: Box<dyn Task>) -> u64 {
    todo!()
}
pub(crate) fn config_from_env() -> Config {
    todo!()
}
pub(crate) fn run_main(_config: Config, _main: Box<dyn Task>) -> Exit {
    todo!()
}
pub(crate) fn exit(_code: i32) {
    todo!()
}
pub(crate) fn gomaxprocs(_n: i32) -> i32 {
    todo!()
}
pub(crate) fn num_goroutine() -> usize {
    todo!()
}
