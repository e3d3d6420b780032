// A bank account with methods, errors for invalid operations, and a transaction log.
package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int
	log     []string
}

func NewAccount(owner string, initial int) *Account {
	a := &Account{Owner: owner}
	a.Deposit(initial)
	return a
}

func (a *Account) Deposit(amount int) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %d: amount must be positive", amount)
	}
	a.balance += amount
	a.log = append(a.log, fmt.Sprintf("+%d", amount))
	return nil
}

func (a *Account) Withdraw(amount int) error {
	if amount > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.Owner, ErrInsufficient)
	}
	a.balance -= amount
	a.log = append(a.log, fmt.Sprintf("-%d", amount))
	return nil
}

func (a *Account) Balance() int { return a.balance }

func (a Account) String() string {
	return fmt.Sprintf("%s: %d %v", a.Owner, a.balance, a.log)
}

func Transfer(from, to *Account, amount int) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amount)
}

func main() {
	alice := NewAccount("alice", 100)
	bob := NewAccount("bob", 50)
	fmt.Println(alice.Deposit(-5))
	fmt.Println(Transfer(alice, bob, 30))
	err := Transfer(bob, alice, 500)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	fmt.Println(alice)
	fmt.Println(*bob)
	fmt.Println(alice.Balance() + bob.Balance())
}
