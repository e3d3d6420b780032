// Package tabwriter: a write filter that aligns tab-separated text into columns.
//
// Text is buffered as lines of cells. A cell ends at a horizontal tab ('\t') or vertical
// tab ('\v'); a line ends at a newline, or at a form feed, which also flushes. The cell
// a line ends with is not part of any column. A column is a run of consecutive lines that
// all have a tab-terminated cell at that index (and therefore at every index before it):
// all of its cells are padded to one width, the widest cell's rune count plus padding, at
// least minwidth. A newline ending a line without tabs closes every column, so the
// buffered lines are written out then, as they are on Flush.
//
// Layout is computed in two passes over the buffered lines: first every column's width,
// then the text with its padding, written to the output in one Write.
package tabwriter

import (
	"io"
	"unicode/utf8"
)

// Formatting flags, for Init and NewWriter.
const (
	// FilterHTML: HTML tags have no width and an entity (&lt;) is one character wide.
	FilterHTML uint = 1 << iota
	// StripEscape: Escape characters are dropped from the output.
	StripEscape
	// AlignRight: cell text is padded on its left.
	AlignRight
	// DiscardEmptyColumns: a column of empty cells all ended by '\v' gets no width.
	DiscardEmptyColumns
	// TabIndent: empty cells at the start of a line are padded with tabs whatever the padchar.
	TabIndent
	// Debug: a '|' is written between the cells of a line, and "---" after a form feed.
	Debug
)

// Escape starts and ends a segment of text that is copied as is: its tabs and newlines
// do not end cells, and its width is that of the text between the two Escapes.
const Escape = '\xff'

// cell is one tab- or line-terminated piece of text.
type cell struct {
	text  []byte
	width int  // in runes, without escapes and HTML tags
	htab  bool // ended by '\t', which keeps an empty column from being discarded
}

// Writer aligns the columns of the text written to it; see the package comment.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	lines   [][]cell // the buffered lines; the last one is still open
	text    []byte   // the bytes of the open cell
	width   int      // the width of text[:counted]
	counted int
	closer  byte // inside an escaped segment, tag or entity: the byte ending it; else 0
}

// Init sets up b to write to output: cells are padded to at least minwidth, with padding
// cells of padchar more than their text; a padchar of '\t' pads with tabs of tabwidth
// columns (and cancels AlignRight). Init discards anything buffered and returns b.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	if padchar == '\t' {
		flags &^= AlignRight
	}
	*b = Writer{output: output, minwidth: minwidth, tabwidth: tabwidth, padding: padding, padchar: padchar, flags: flags}
	b.reset()
	return b
}

// NewWriter returns a new Writer set up by Init.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// reset empties the buffer: one open line without cells.
func (b *Writer) reset() {
	b.lines = [][]cell{nil}
	b.text, b.width, b.counted, b.closer = nil, 0, 0, 0
}

// Write buffers buf, writing out the complete lines when a line without tabs or a form
// feed ends. Its error is the output's.
func (b *Writer) Write(buf []byte) (n int, err error) {
	from := 0 // buf[from:] is not in the open cell yet
	for i, ch := range buf {
		if b.closer != 0 {
			if ch == b.closer {
				end := i + 1
				if ch == Escape && b.flags&StripEscape != 0 {
					end = i
				}
				b.text = append(b.text, buf[from:end]...)
				from = i + 1
				b.closeSegment()
			}
			continue
		}
		switch ch {
		case '\t', '\v', '\n', '\f':
			b.text = append(b.text, buf[from:i]...)
			from = i + 1
			if err := b.endCell(ch); err != nil {
				return i + 1, err
			}
		case Escape:
			b.openSegment(buf[from:i], Escape)
			from = i
			if b.flags&StripEscape != 0 {
				from++
			}
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				closer := byte('>')
				if ch == '&' {
					closer = ';'
				}
				b.openSegment(buf[from:i], closer)
				from = i
			}
		}
	}
	b.text = append(b.text, buf[from:]...)
	return len(buf), nil
}

// endCell closes the open cell at a terminator; a newline or form feed also ends the
// line, and writes the buffer out after a form feed or a line of one cell.
func (b *Writer) endCell(terminator byte) error {
	b.count()
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], cell{b.text, b.width, terminator == '\t'})
	b.text, b.width, b.counted = nil, 0, 0
	if terminator != '\n' && terminator != '\f' {
		return nil
	}
	cells := len(b.lines[last])
	b.lines = append(b.lines, nil)
	if terminator == '\n' && cells > 1 {
		return nil
	}
	if err := b.writeLines(); err != nil {
		return err
	}
	if terminator == '\f' && b.flags&Debug != 0 {
		return b.emit([]byte("---\n"))
	}
	return nil
}

// count adds the runes of the open cell's text not counted yet to its width.
func (b *Writer) count() {
	b.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

// openSegment adds plain, the text before an Escape, '<' or '&', to the open cell and
// enters the segment that closer ends.
func (b *Writer) openSegment(plain []byte, closer byte) {
	b.text = append(b.text, plain...)
	b.count()
	b.closer = closer
}

// closeSegment leaves a segment whose text is in the open cell, counting its width: an
// escaped text's runes (its two Escapes excluded), nothing for a tag, one for an entity.
func (b *Writer) closeSegment() {
	switch b.closer {
	case Escape:
		b.count()
		if b.flags&StripEscape == 0 {
			b.width -= 2
		}
	case ';':
		b.width++
	}
	b.counted = len(b.text)
	b.closer = 0
}

// Flush ends the open cell, if it has text, and writes out every buffered line; the last
// line gets no newline.
func (b *Writer) Flush() error {
	if len(b.text) > 0 {
		if b.closer != 0 {
			b.closeSegment()
		}
		b.count()
		last := len(b.lines) - 1
		b.lines[last] = append(b.lines[last], cell{b.text, b.width, false})
	}
	return b.writeLines()
}

// writeLines lays out and writes the buffered lines, then empties the buffer.
func (b *Writer) writeLines() error {
	out := b.render(b.columnWidths())
	b.reset()
	return b.emit(out)
}

// emit writes p to the output; a short write without an error is io.ErrShortWrite.
func (b *Writer) emit(p []byte) error {
	n, err := b.output.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	return err
}

// columnWidths returns, for each line, the widths of its cells that belong to columns
// (all but its last cell), column by column.
func (b *Writer) columnWidths() [][]int {
	widths := make([][]int, len(b.lines))
	for col, found := 0, true; found; col++ {
		found = false
		i := 0
		for i < len(b.lines) {
			end := i
			for end < len(b.lines) && len(b.lines[end])-1 > col {
				end++
			}
			if end == i {
				i++
				continue
			}
			found = true
			w := b.columnWidth(col, b.lines[i:end])
			for ; i < end; i++ {
				widths[i] = append(widths[i], w)
			}
		}
	}
	return widths
}

// columnWidth is the width of column col over lines: the widest cell plus padding, at
// least minwidth; 0 when DiscardEmptyColumns applies to it.
func (b *Writer) columnWidth(col int, lines [][]cell) int {
	width := b.minwidth
	discard := b.flags&DiscardEmptyColumns != 0
	for _, line := range lines {
		c := line[col]
		if c.width+b.padding > width {
			width = c.width + b.padding
		}
		if c.width > 0 || c.htab {
			discard = false
		}
	}
	if discard {
		return 0
	}
	return width
}

// render writes the buffered lines with their cells padded to widths.
func (b *Writer) render(widths [][]int) []byte {
	var out []byte
	for i, line := range b.lines {
		if i > 0 {
			out = append(out, '\n')
		}
		leading := b.flags&TabIndent != 0 // still among the line's leading empty cells
		for j, c := range line {
			if j > 0 && b.flags&Debug != 0 {
				out = append(out, '|')
			}
			if len(c.text) > 0 {
				leading = false
			}
			if j >= len(widths[i]) {
				out = append(out, c.text...)
			} else if b.flags&AlignRight != 0 {
				out = b.pad(out, c.width, widths[i][j], leading)
				out = append(out, c.text...)
			} else {
				out = append(out, c.text...)
				out = b.pad(out, c.width, widths[i][j], leading)
			}
		}
	}
	return out
}

// pad appends the padding that fills a cell of width cellw holding text of width textw.
// Tab padding (padchar '\t', or tabs for indentation) reaches the first tab stop at or
// after cellw, and there is none when tabs have no width.
func (b *Writer) pad(out []byte, textw, cellw int, tabs bool) []byte {
	if b.padchar != '\t' && !tabs {
		for n := cellw - textw; n > 0; n-- {
			out = append(out, b.padchar)
		}
		return out
	}
	if b.tabwidth == 0 {
		return out
	}
	stop := (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
	for n := stop - textw; n > 0; n -= b.tabwidth {
		out = append(out, '\t')
	}
	return out
}
