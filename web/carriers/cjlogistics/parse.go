package cjlogistics

import (
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// CJ reports naive Korean local times.
var seoul = carriers.Zone("Asia/Seoul")

type detail struct {
	Parcel struct {
		List []struct {
			ItemName string `json:"itemNm"`
			Quantity string `json:"qty"`
		} `json:"resultList"`
	} `json:"parcelResultMap"`
	Details struct {
		List []event `json:"resultList"`
	} `json:"parcelDetailResultMap"`
}

type event struct {
	Description string `json:"crgNm"`
	StatusCode  string `json:"crgSt"`
	Time        string `json:"dTime"`
	Branch      string `json:"regBranNm"`
	Scan        string `json:"scanNm"`
}

func (d detail) result() *carriers.Result {
	res := &carriers.Result{OriginCountryISO3: "KOR", DestinationCountryISO3: "KOR", ShipmentType: "택배"}
	if len(d.Parcel.List) > 0 {
		if n := atoi(d.Parcel.List[0].Quantity); n > 0 {
			res.PackageCount = n
		}
	}
	cps := make([]carriers.Checkpoint, 0, len(d.Details.List))
	for _, e := range d.Details.List {
		c := carriers.Checkpoint{
			Time: when(e.Time), RawCode: e.StatusCode, RawStatus: strings.TrimSpace(e.Scan),
			Message: strings.TrimSpace(e.Description), Location: strings.TrimSpace(e.Branch),
			CountryISO3: "KOR", CountryName: "대한민국",
		}
		cps = append(cps, carriers.Classified(Slug, c, carriers.TagInTransit))
	}
	res.Checkpoints = carriers.Tidy(cps)
	return res
}

// when reads "2024-04-25 17:19:20.0" (the ".0" is a Java timestamp's tenths) in Korean time.
func when(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02 15:04:05.0", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, seoul); err == nil {
			return t
		}
	}
	return time.Time{}
}

func atoi(s string) int {
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}
