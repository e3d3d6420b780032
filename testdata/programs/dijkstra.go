// Dijkstra's shortest paths on a small weighted graph, with path reconstruction.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

func (g Graph) Shortest(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	done := map[string]bool{}
	for len(done) < len(g) {
		best, bestDist := "", math.MaxInt
		for n, d := range dist {
			if !done[n] && (d < bestDist || d == bestDist && n < best) {
				best, bestDist = n, d
			}
		}
		if best == "" {
			break
		}
		done[best] = true
		for _, e := range g[best] {
			if nd := bestDist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, " -> ")
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 7)
	g.AddEdge("A", "C", 9)
	g.AddEdge("A", "F", 14)
	g.AddEdge("B", "C", 10)
	g.AddEdge("B", "D", 15)
	g.AddEdge("C", "D", 11)
	g.AddEdge("C", "F", 2)
	g.AddEdge("D", "E", 6)
	g.AddEdge("E", "F", 9)
	g["Z"] = nil
	dist, prev := g.Shortest("A")
	nodes := make([]string, 0, len(dist))
	for n := range dist {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s unreachable\n", n)
			continue
		}
		fmt.Printf("%s %2d  %s\n", n, dist[n], path(prev, n))
	}
}
