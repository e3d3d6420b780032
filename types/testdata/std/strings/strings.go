package strings

// ToUpper is a native.
func ToUpper(s string) string

func Repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

type Builder struct{ buf []byte }

func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) String() string { return string(b.buf) }

func helper() {}
