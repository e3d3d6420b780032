// A vending machine as a state machine: typed constants with String methods, a transition
// table keyed by struct, and errors for invalid events.
package main

import "fmt"

type State int
type Event int

const (
	Idle State = iota
	HasCoin
	Vending
)

const (
	InsertCoin Event = iota
	PressButton
	TakeItem
	Refund
)

func (s State) String() string { return [...]string{"Idle", "HasCoin", "Vending"}[s] }
func (e Event) String() string {
	return [...]string{"InsertCoin", "PressButton", "TakeItem", "Refund"}[e]
}

type transition struct {
	from  State
	event Event
}

var table = map[transition]State{
	{Idle, InsertCoin}:     HasCoin,
	{HasCoin, PressButton}: Vending,
	{HasCoin, Refund}:      Idle,
	{Vending, TakeItem}:    Idle,
}

type Machine struct {
	state State
	sold  int
}

func (m *Machine) Fire(e Event) error {
	next, ok := table[transition{m.state, e}]
	if !ok {
		return fmt.Errorf("event %v not allowed in state %v", e, m.state)
	}
	if m.state == Vending && next == Idle {
		m.sold++
	}
	m.state = next
	return nil
}

func main() {
	m := &Machine{}
	events := []Event{PressButton, InsertCoin, InsertCoin, PressButton, TakeItem, InsertCoin, Refund, TakeItem}
	for _, e := range events {
		err := m.Fire(e)
		fmt.Printf("%-12v -> %-8v err=%v\n", e, m.state, err)
	}
	fmt.Println("sold:", m.sold)
	fmt.Printf("%d %v %+v\n", HasCoin, HasCoin, transition{Vending, TakeItem})
}
