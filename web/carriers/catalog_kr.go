package carriers

// Korean couriers. Names and phone numbers for kr.cjlogistics, kr.coupangls, kr.cupost,
// kr.chunilps and kr.cvsnet follow tracker.delivery's carrier list; the others follow the
// carriers' own public pages. All report naive Korean local times.
var koreanCouriers = []Courier{
	ships(korean("kpost", "kr.epost", "Korea Post", "우체국 택배", "+8215881300",
		"https://www.epost.go.kr",
		"https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=%s", "ko", "en")),
	ships(korean("cjlogistics", "kr.cjlogistics", "CJ Logistics", "CJ대한통운", "+8215881255",
		"https://www.cjlogistics.com",
		"https://trace.cjlogistics.com/next/tracking.html?wblNo=%s", "ko", "en")),
	korean("coupangls", "kr.coupangls", "Coupang Logistics Services", "쿠팡 로지스틱스 서비스", "",
		"https://www.coupang.com", "", "ko"),
	korean("cupost", "kr.cupost", "CU Post", "CU 편의점택배", "+8215771287",
		"https://www.cupost.co.kr",
		"https://www.cupost.co.kr/postbox/delivery/localResult.cupost?invoice_no=%s", "ko"),
	korean("chunilps", "kr.chunilps", "Chunil Express", "천일택배", "+8218776606",
		"http://www.chunil.co.kr",
		"http://www.chunil.co.kr/HTrace/HTrace.jsp?transNo=%s", "ko"),
	korean("cvsnet", "kr.cvsnet", "GS Postbox", "GS Postbox 택배", "+8215771287",
		"https://www.cvsnet.co.kr",
		"https://www.cvsnet.co.kr/invoice/tracking.do?invoice_no=%s", "ko"),
	korean("hanjin", "kr.hanjin", "Hanjin Transportation", "한진택배", "+8215880011",
		"https://www.hanjin.com",
		"https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2=%s", "ko"),
	korean("lotte", "kr.lotte", "Lotte Global Logistics", "롯데택배", "+8215882121",
		"https://www.lotteglogis.com",
		"https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo=%s", "ko"),
	korean("logen", "kr.logen", "Logen", "로젠택배", "+8215889988",
		"https://www.ilogen.com",
		"https://www.ilogen.com/web/personal/trace/%s", "ko"),
	korean("kdexp", "kr.kdexp", "Kyungdong Express", "경동택배", "+8218995368",
		"https://kdexp.com",
		"https://kdexp.com/service/delivery/etc/delivery.do?barcode=%s", "ko"),
	korean("daesin", "kr.daesin", "Daesin Logistics", "대신택배", "+82314620100",
		"https://www.ds3211.co.kr",
		"https://www.ds3211.co.kr/freight/internalFreightSearch.ht?billno=%s", "ko"),
}

// korean builds a domestic Korean courier: none of them needs extra tracking fields.
func korean(slug, trackerID, name, local, phone, web, tracking string, langs ...string) Courier {
	return Courier{
		Slug: slug, TrackerID: trackerID, Name: name, OtherName: local, Phone: phone,
		WebURL: web, TrackingURL: tracking, CountryISO3: "KOR", TimeZone: "Asia/Seoul",
		Languages: langs,
	}
}

// ships marks a courier Waypost can buy labels from.
func ships(c Courier) Courier {
	c.Shipping = true
	return c
}
