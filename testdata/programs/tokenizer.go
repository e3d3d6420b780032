// A tiny tokenizer and recursive-descent calculator for + - * / and parentheses.
package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type Kind int

const (
	Num Kind = iota
	Op
	LParen
	RParen
)

func (k Kind) String() string { return [...]string{"Num", "Op", "LParen", "RParen"}[k] }

type Token struct {
	Kind Kind
	Text string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			toks = append(toks, Token{Num, string(rs[i:j])})
			i = j
		case r == '+' || r == '-' || r == '*' || r == '/':
			toks = append(toks, Token{Op, string(r)})
			i++
		case r == '(':
			toks = append(toks, Token{LParen, "("})
			i++
		case r == ')':
			toks = append(toks, Token{RParen, ")"})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() int {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == Op && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		if t.Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == Op && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.pos++
		if t.Text == "*" {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.peek()
	p.pos++
	if t.Kind == LParen {
		v := p.expr()
		p.pos++
		return v
	}
	n, _ := strconv.Atoi(t.Text)
	return n
}

func main() {
	toks, err := tokenize("12 * (3 + 4) - 5")
	fmt.Println(toks, err)
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 / 2", "2 * (3 + (4 - 1)) * 5"} {
		toks, _ := tokenize(src)
		p := &parser{toks: toks}
		fmt.Println(src, "=", p.expr())
	}
	_, err = tokenize("1 + x")
	fmt.Println(err)
}
