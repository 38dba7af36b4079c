// Drives the "aftership" SDK (v8, wrapped bodies and slug/number addressing)
// against WAYPOST_URL/v4 and prints what each call returned (or the error the SDK
// raised) as one JSON object. The Go test asserts on it.
const { AfterShip } = require("aftership");

const aftership = new AfterShip(process.env.WAYPOST_API_KEY, { endpoint: process.env.WAYPOST_URL + "/v4" });

const out = {};

async function step(name, call) {
  try {
    const data = await call();
    out[name] = { data };
    return data;
  } catch (e) {
    out[name] = { error: { type: e.type, code: e.code, message: e.message } };
    return null;
  }
}

async function main() {
  const param = { slug: "kpost", tracking_number: "6123456789010" };
  await step("create", () =>
    aftership.tracking.createTracking({
      tracking: { tracking_number: "6123456789010", slug: "kpost", title: "v4 order", emails: ["kim@example.com"], order_id: "V4-1" },
    }),
  );
  await step("duplicate", () => aftership.tracking.createTracking({ tracking: { tracking_number: "6123456789010", slug: "kpost" } }));
  await step("get", () => aftership.tracking.getTracking(param));
  await step("get_fields", () => aftership.tracking.getTracking(param, { fields: "title,order_id" }));
  await step("update", () => aftership.tracking.updateTracking(param, { tracking: { title: "Renamed v4", smses: ["+821012345678"] } }));
  await step("list", () => aftership.tracking.listTrackings({ page: 1, limit: 10, keyword: "V4-1" }));
  await step("last_checkpoint", () => aftership.last_checkpoint.getLastCheckpoint(param));
  await step("notification_add", () => aftership.notification.addNotification(param, { notification: { emails: ["two@example.com"], smses: [] } }));
  await step("notification_remove", () => aftership.notification.removeNotification(param, { notification: { emails: ["kim@example.com"], smses: [] } }));
  await step("notification_get", () => aftership.notification.getNotification(param));
  await step("couriers", () => aftership.courier.listCouriers());
  await step("couriers_all", () => aftership.courier.listAllCouriers());
  await step("detect", () => aftership.courier.detectCouriers({ tracking: { tracking_number: "1Z999AA10123456784" } }));
  await step("complete", () => aftership.tracking.markAsCompleted(param, { reason: "LOST" }));
  await step("retrack", () => aftership.tracking.retrack(param));
  await step("batch_predict", () =>
    aftership.estimated_delivery_date.batchPredict({
      estimated_delivery_dates: [
        { slug: "kpost", origin_address: { country: "KOR" }, destination_address: { country: "KOR" }, pickup_time: "2021-07-01 15:00:00" },
      ],
    }),
  );
  await step("delete", () => aftership.tracking.deleteTracking(param));
  await step("get_deleted", () => aftership.tracking.getTracking(param));
  out.rate_limit = { data: aftership.rate_limit };
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
