package kpost

import (
	"encoding/xml"
	"regexp"
	"strings"
	"time"

	"github.com/waypost/waypost/web/carriers"
)

// Korea Post reports naive Korean local times.
var seoul = carriers.Zone("Asia/Seoul")

type envelope struct {
	XMLName xml.Name
	Header  header `xml:"cmmMsgHeader"`
	Body    body   `xml:"msgBody"`
}

type header struct {
	SuccessYN        string `xml:"successYN"`
	ReturnCode       string `xml:"returnCode"`
	ErrMsg           string `xml:"errMsg"`
	ReturnAuthMsg    string `xml:"returnAuthMsg"`
	ReturnReasonCode string `xml:"returnReasonCode"`
}

type body struct {
	Recipient  string  `xml:"addrseNm"`
	MailKind   string  `xml:"pstmtrKnd"`
	Status     string  `xml:"dlvySttus"`
	Treatment  string  `xml:"trtmntSe"`
	Events     []event `xml:"longitudinalDomesticList"`
	DeliveryDe string  `xml:"dlvyDe"`
}

type event struct {
	Date   string `xml:"dlvyDate"`
	Time   string `xml:"dlvyTime"`
	Place  string `xml:"nowLc"`
	Status string `xml:"processSttus"`
	Detail string `xml:"detailDc"`
}

// receiver finds the person who took the parcel in a delivery detail: "(수령인:본인)".
var receiver = regexp.MustCompile(`수령인\s*:\s*([^)]+)\)`)

func (b body) result() *carriers.Result {
	res := &carriers.Result{ShipmentType: b.MailKind, OriginCountryISO3: "KOR", DestinationCountryISO3: "KOR"}
	cps := make([]carriers.Checkpoint, 0, len(b.Events))
	var prev time.Time
	for _, e := range b.Events {
		c := carriers.Classified(Slug, e.checkpoint(prev), carriers.TagInTransit)
		if !c.Time.IsZero() {
			prev = c.Time
		}
		if c.Tag == carriers.TagDelivered {
			if m := receiver.FindStringSubmatch(e.Detail); m != nil {
				res.SignedBy = strings.TrimSpace(m[1])
			}
		}
		cps = append(cps, c)
	}
	res.Checkpoints = carriers.Tidy(cps)
	return res
}

func (e event) checkpoint(prev time.Time) carriers.Checkpoint {
	status := strings.TrimSpace(e.Status)
	detail := strings.TrimSpace(e.Detail)
	raw := status
	if strings.HasPrefix(detail, "(") && !strings.ContainsAny(detail, "0123456789") {
		raw += detail // "미배달(수취인부재)": the reason decides the subtag; phone numbers stay out
	}
	msg := strings.TrimSpace(status + " " + detail)
	return carriers.Checkpoint{
		Time: e.when(prev), RawStatus: raw, Message: msg, Location: strings.TrimSpace(e.Place),
		CountryISO3: "KOR", CountryName: "대한민국",
	}
}

// when reads "2024.04.25" + "17:19" in Korean time. An event without a time inherits the
// previous event's time on the same day (Korea Post lists events in order), else the
// start of its day.
func (e event) when(prev time.Time) time.Time {
	date := strings.NewReplacer("-", ".", "/", ".").Replace(strings.TrimSpace(e.Date))
	clock := strings.TrimSpace(e.Time)
	if clock != "" {
		if t, err := time.ParseInLocation("2006.01.02 15:04", date+" "+clock, seoul); err == nil {
			return t
		}
		if t, err := time.ParseInLocation("2006.01.02 15:04:05", date+" "+clock, seoul); err == nil {
			return t
		}
	}
	day, err := time.ParseInLocation("2006.01.02", date, seoul)
	if err != nil {
		return time.Time{}
	}
	if !prev.IsZero() && prev.In(seoul).Format("2006.01.02") == date {
		return prev
	}
	return day
}
