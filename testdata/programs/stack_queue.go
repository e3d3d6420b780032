// A stack and a queue built on slices, used for bracket matching and BFS.
package main

import "fmt"

type Stack []rune

func (s *Stack) Push(r rune) { *s = append(*s, r) }
func (s *Stack) Pop() (rune, bool) {
	if len(*s) == 0 {
		return 0, false
	}
	r := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return r, true
}

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[r] {
				return false
			}
		}
	}
	return len(st) == 0
}

type Queue struct{ items []int }

func (q *Queue) Enqueue(v int) { q.items = append(q.items, v) }
func (q *Queue) Dequeue() int {
	v := q.items[0]
	q.items = q.items[1:]
	return v
}
func (q *Queue) Empty() bool { return len(q.items) == 0 }

func bfs(graph map[int][]int, start int) []int {
	seen := map[int]bool{start: true}
	q := &Queue{}
	q.Enqueue(start)
	var order []int
	for !q.Empty() {
		n := q.Dequeue()
		order = append(order, n)
		for _, m := range graph[n] {
			if !seen[m] {
				seen[m] = true
				q.Enqueue(m)
			}
		}
	}
	return order
}

func main() {
	for _, e := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%-10q %v\n", e, balanced(e))
	}
	g := map[int][]int{1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: {}}
	fmt.Println(bfs(g, 1))
}
