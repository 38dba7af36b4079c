package detect_test

import (
	"fmt"

	"github.com/waypost/waypost/web/detect"
)

func ExampleDetect() {
	for _, c := range detect.Detect("1Z 999 AA1 01 2345 6784", detect.Hints{}) {
		fmt.Println(c.Slug, c.Format, c.CheckDigit, c.Confidence)
	}
	// A 10-digit mod 7 number is DHL Express or CJ Logistics; a Korean
	// destination puts CJ first.
	for _, c := range detect.Detect("3318810025", detect.Hints{DestinationCountryISO3: "KOR"}) {
		fmt.Println(c.Slug, c.Format, c.CheckDigit, c.Confidence)
	}
	// Output:
	// ups ups-1z true 98
	// cjlogistics cjlogistics-10 true 88
	// dhl dhl-express-10 true 86
	// cupost cupost false 33
	// cvsnet cvsnet false 33
}
