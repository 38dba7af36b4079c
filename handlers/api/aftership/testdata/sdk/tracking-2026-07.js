// Drives @aftership/tracking-sdk@17 (API 2026-07, installed as tracking-sdk-17) against the Waypost at WAYPOST_URL
// and prints what each call returned (or the error the SDK raised) as one JSON
// object. The Go test asserts on it.
const { AfterShip, AuthType } = require("tracking-sdk-17");

// With WAYPOST_API_SECRET set, every request is signed (the SDK's AES
// authentication type: as-signature-hmac-sha256 and a date header).
const secret = process.env.WAYPOST_API_SECRET;
const client = new AfterShip({
  api_key: process.env.WAYPOST_API_KEY,
  domain: process.env.WAYPOST_URL,
  max_retry: 0,
  ...(secret ? { auth_type: AuthType.AES, api_secret: secret } : {}),
});

const out = {};

async function step(name, call) {
  try {
    const res = await call();
    out[name] = { data: res.data, ratelimit_limit: res.response_headers["x-ratelimit-limit"] };
    return res.data;
  } catch (e) {
    out[name] = { error: { code: e.code, meta_code: e.meta_code, status_code: e.status_code, message: e.message } };
    return null;
  }
}

async function main() {
  const created = await step("create", () =>
    client.tracking.createTracking({
      tracking_number: "6123456789010",
      slug: "kpost",
      title: "SDK order",
      order_id: "SDK-1",
      origin_country_region: "KOR",
      destination_country_region: "USA",
      customers: [{ role: "buyer", name: "Kim", email: "kim@example.com", id: "cust-7" }],
      order_promised_delivery_date: { promised_delivery_date: "2026-07-20" },
      shipment_direction: "return",
    }),
  );
  await step("duplicate", () => client.tracking.createTracking({ tracking_number: "6123456789010", slug: "kpost" }));
  await step("invalid", () => client.tracking.createTracking({ tracking_number: "12", slug: "kpost" }));
  const id = created && created.id;
  await step("get", () => client.tracking.getTrackingById(id, { fields: "title,tag" }));
  await step("update", () => client.tracking.updateTrackingById(id, { title: "Renamed", note: "fragile", shipment_direction: "forward" }));
  await step("create_second", () =>
    client.tracking.createTracking({ tracking_number: "1Z999AA10123456784", order_id: "SDK-2" }),
  );
  const first = await step("list_first", () => client.tracking.getTrackings({ limit: 1 }));
  if (first && first.pagination) {
    await step("list_next", () => client.tracking.getTrackings({ limit: 1, cursor: first.pagination.next_cursor }));
  }
  await step("list_filtered", () => client.tracking.getTrackings({ order_id: "SDK-2", tag: "Pending" }));
  await step("complete", () => client.tracking.markTrackingCompletedById(id, { reason: "DELIVERED" }));
  await step("retrack", () => client.tracking.retrackTrackingById(id));
  await step("retrack_active", () => client.tracking.retrackTrackingById(id));
  await step("delete", () => client.tracking.deleteTrackingById(id));
  await step("get_deleted", () => client.tracking.getTrackingById(id));
  await step("couriers", () => client.courier.getCouriers({ slug: "usps" }));
  await step("detect", () => client.courier.detectCourier({ tracking_number: "1Z999AA10123456784" }));
  const conn = await step("connection_create", () =>
    client.courierConnection.postCourierConnections({ courier_slug: "usps", credentials: { client_id: "id-123", client_secret: "secret-abcdef-9876" } }),
  );
  const connID = conn && conn.id;
  await step("connection_get", () => client.courierConnection.getCourierConnectionsById(connID));
  await step("connection_update", () => client.courierConnection.putCourierConnectionsById(connID, { credentials: { client_id: "id-456" } }));
  await step("connection_list", () => client.courierConnection.getCourierConnections({ courier_slug: "usps" }));
  await step("connection_delete", () => client.courierConnection.deleteCourierConnectionsById(connID));
  const shipment = {
    slug: "usps",
    origin_address: { country_region: "USA", state: "WA" },
    destination_address: { country_region: "USA", state: "CA" },
    pickup_time: "2021-07-01 15:00:00",
  };
  await step("predict", () => client.estimatedDeliveryDate.predict(shipment));
  await step("predict_batch", () => client.estimatedDeliveryDate.predictBatch({ estimated_delivery_dates: [shipment, shipment] }));
  await step("predict_invalid", () => client.estimatedDeliveryDate.predictBatch({ estimated_delivery_dates: [] }));
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
