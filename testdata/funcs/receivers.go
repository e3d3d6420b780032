// Pointer vs value receivers: which calls mutate, automatic & and *, method sets with interfaces.
package main

import "fmt"

type Account struct{ balance int }

func (a Account) Balance() int    { return a.balance }
func (a Account) TryDeposit(n int) { a.balance += n }
func (a *Account) Deposit(n int)   { a.balance += n }

type Depositor interface{ Deposit(int) }

func main() {
	a := Account{}
	a.TryDeposit(50)
	fmt.Println(a.Balance())
	a.Deposit(50) // (&a).Deposit
	fmt.Println(a.Balance())
	p := &a
	p.TryDeposit(1000) // (*p).TryDeposit
	fmt.Println(p.Balance())
	var d Depositor = p
	d.Deposit(25)
	fmt.Println(a.balance)
	accounts := []Account{{1}, {2}}
	for _, acc := range accounts {
		acc.Deposit(100)
	}
	fmt.Println(accounts)
	for i := range accounts {
		accounts[i].Deposit(100)
	}
	fmt.Println(accounts)
	m := map[string]*Account{"x": {5}}
	m["x"].Deposit(5)
	fmt.Println(m["x"].Balance())
}
