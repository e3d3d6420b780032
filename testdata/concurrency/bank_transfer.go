// Transfers between accounts from many goroutines, locking both accounts in a fixed order (by
// id) to avoid deadlock; the total is preserved. The mutex is embedded in the struct.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
)

type account struct {
	sync.Mutex
	id      int
	balance int
}

func transfer(from, to *account, amount int) {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.Lock()
	defer first.Unlock()
	second.Lock()
	defer second.Unlock()
	if from.balance >= amount {
		from.balance -= amount
		to.balance += amount
	}
}

func main() {
	accounts := make([]*account, 5)
	for i := range accounts {
		accounts[i] = &account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				from := accounts[(g+k)%5]
				to := accounts[(g*3+k*7+1)%5]
				if from != to {
					transfer(from, to, (k%50)+1)
				}
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, a := range accounts {
		total += a.balance
	}
	fmt.Println("total preserved:", total)
}
