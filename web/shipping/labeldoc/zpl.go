package labeldoc

import (
	"fmt"
	"strings"
)

// labelZPL writes the label as ZPL II for a 203 dpi printer. Text fields are UTF-8
// (^CI28) with ZPL's control characters hex-escaped (^FH); barcodes are left to the
// printer's own encoders so they print at its native resolution. Text uses the
// printer's scalable font 0, which has no Hangul: Korean text needs a printer with
// a Unicode font assigned to font 0 (^CW), or the PDF or PNG label.
func labelZPL(p *page, s sheet) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "^XA\n^CI28\n^PW%d\n^LL%d\n^LH0,0\n", dots(s.w), dots(s.h))
	for _, o := range p.ops {
		x, y := round(o.x), round(o.y)
		switch o.kind {
		case opText:
			fmt.Fprintf(&b, "^FT%d,%d^A0N,%d,%d", x, y, round(o.size), round(o.size))
			if o.reverse {
				b.WriteString("^FR")
			}
			fmt.Fprintf(&b, "^FH_^FD%s^FS\n", zplEscape(o.text))
		case opFill:
			w, h := round(o.w), round(o.h)
			fmt.Fprintf(&b, "^FO%d,%d^GB%d,%d,%d^FS\n", x, y, w, h, min(w, h))
		case opStroke:
			fmt.Fprintf(&b, "^FO%d,%d^GB%d,%d,%d^FS\n", x, y, round(o.w), round(o.h), round(o.size))
		case opCode:
			zplCode(&b, o)
		}
	}
	b.WriteString("^PQ1\n^XZ\n")
	return []byte(b.String())
}

// zplCode writes a barcode where its image would be, inside the image's quiet zone.
func zplCode(b *strings.Builder, o op) {
	c := o.code
	x, y := round(o.x)+c.quiet*c.module, round(o.y)
	if c.kind != kindCode128 {
		y += c.quiet * c.module
	}
	data := zplEscape(c.data)
	switch c.kind {
	case kindCode128:
		// Mode A lets the printer pick the Code 128 subsets, as boombuler does.
		fmt.Fprintf(b, "^FO%d,%d^BY%d^BCN,%d,N,N,N,A^FH_^FD%s^FS\n", x, y, c.module, round(o.h), data)
	case Code2DDataMatrix:
		fmt.Fprintf(b, "^FO%d,%d^BXN,%d,200^FH_^FD%s^FS\n", x, y, c.module, data)
	case Code2DPDF417:
		fmt.Fprintf(b, "^FO%d,%d^BY%d^B7N,%d,3^FH_^FD%s^FS\n", x, y, c.module, 3*c.module, data)
	default:
		// ^BQ takes "<error correction><input mode>,<data>": M level, automatic mode.
		fmt.Fprintf(b, "^FO%d,%d^BQN,2,%d^FH_^FDMA,%s^FS\n", x, y, min(c.module, 10), data)
	}
}

// zplEscape hex-escapes the characters ZPL reads as commands (^ and ~) and the ^FH
// escape character itself, so field data never ends a field early.
func zplEscape(s string) string {
	return zplEscaper.Replace(s)
}

var zplEscaper = strings.NewReplacer("_", "_5F", "^", "_5E", "~", "_7E")
