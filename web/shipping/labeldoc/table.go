package labeldoc

// column is one column of a table: its heading, width in points and alignment.
type column struct {
	title string
	width float64
	right bool // numbers line up on the right
}

const (
	cellSize   = 8.5
	cellLine   = 11.0
	cellPad    = 4.0
	cellsLines = 3 // a cell wraps to at most this many lines
)

// tableHeader prints the headings of cols with a rule under them.
func (d *sheetDoc) tableHeader(cols []column) {
	d.room(2 * (cellLine + 2*cellPad))
	x := docMargin
	for _, col := range cols {
		d.cell(x, col, true, []string{col.title})
		x += col.width
	}
	d.y += cellLine + 2*cellPad
	d.c.hline(docMargin, d.y, docW, 1)
}

// tableRow prints one row, wrapping each cell; a row that does not fit moves to
// a new page under the headings again.
func (d *sheetDoc) tableRow(cols []column, cells []string) {
	wrapped := make([][]string, len(cols))
	lines := 1
	for i, col := range cols {
		wrapped[i] = d.c.wrap(cells[i], false, cellSize, col.width-2*cellPad, cellsLines)
		lines = max(lines, len(wrapped[i]))
	}
	h := float64(lines)*cellLine + 2*cellPad
	if d.room(h) {
		d.tableHeader(cols)
	}
	x := docMargin
	for i, col := range cols {
		d.cell(x, col, false, wrapped[i])
		x += col.width
	}
	d.y += h
	d.c.hline(docMargin, d.y, docW, 0.4)
}

func (d *sheetDoc) cell(x float64, col column, bold bool, lines []string) {
	for i, l := range lines {
		y := d.y + cellPad + 8 + float64(i)*cellLine
		if col.right {
			d.c.rightText(x+col.width-cellPad, y, cellSize, bold, l)
		} else {
			d.c.text(x+cellPad, y, cellSize, bold, l)
		}
	}
}

// totals prints label/value lines right-aligned under a table.
func (d *sheetDoc) totals(pairs ...[2]string) {
	d.y += 6
	for _, p := range pairs {
		d.room(14)
		d.c.rightText(a4W-docMargin-110, d.y+10, 9, true, p[0])
		d.c.rightText(a4W-docMargin-cellPad, d.y+10, 9, true, p[1])
		d.y += 14
	}
	d.y += 10
}
