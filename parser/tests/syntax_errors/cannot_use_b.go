package p
func f() { if x := a + b {} }
