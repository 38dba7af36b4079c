// Drives the official "postmen" SDK (1.0.5), unchanged, against WAYPOST_URL/postmen/v3
// through every Shipping API endpoint, and prints what each call returned (or the
// error the SDK raised) as one JSON object. The Go test asserts on it.
const Postmen = require("postmen");

const postmen = Postmen(process.env.WAYPOST_API_KEY, "sandbox", {
  endpoint: process.env.WAYPOST_URL + "/postmen/v3",
  retry: false,
  rate: false,
});

const out = {};

async function step(name, call) {
  try {
    const body = await call();
    out[name] = { meta: body.meta, data: body.data };
    return body.data;
  } catch (e) {
    let details = [];
    try {
      details = JSON.parse(e.response_body).meta.details;
    } catch (_) {}
    out[name] = { error: { code: e.code, type: e.type, message: e.message, details } };
    return null;
  }
}

// get's query must come with a config argument: the SDK drops the input of a
// two-argument call, taking it for (path, callback).
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function address(name, street, city, state, zip) {
  return { contact_name: name, company_name: "SDK Shop", street1: street, city, state, postal_code: zip,
    country: "USA", phone: "+1 206 555 0100", email: "sdk@example.com" };
}

const from = address("Ada Shipper", "1201 3rd Ave", "Seattle", "WA", "98101");
const to = address("Ben Receiver", "350 5th Ave", "New York", "NY", "10118");

function shipment(shipTo) {
  return {
    ship_from: from,
    ship_to: shipTo,
    parcels: [{
      box_type: "custom", description: "Books",
      dimension: { width: 20, height: 10, depth: 15, unit: "cm" },
      weight: { value: 2, unit: "kg" },
      items: [{ description: "Book", quantity: 2, price: { amount: 15, currency: "USD" },
        weight: { value: 1, unit: "kg" }, origin_country: "USA", sku: "BK-1", hs_code: "490199" }],
    }],
  };
}

function label(account, extra) {
  return Object.assign({ shipper_account: { id: account }, service_type: "usps-priority_mail", paper_size: "4x6",
    shipment: shipment(to), references: ["sdk-order"], custom_fields: { ship_code: "01" } }, extra);
}

const credentials = { client_id: "sdk-client", client_secret: "sdk-secret-4321", crid: "12345678", mid: "123456",
  account_number: "1234567", sandbox: "true" };

async function accounts() {
  await step("couriers", () => postmen.get("/couriers"));
  const acc = await step("account_create", () => postmen.create("/shipper-accounts", { body: {
    slug: "usps", description: "SDK USPS", timezone: "America/Los_Angeles", address: from, credentials } }));
  const id = acc && acc.id;
  await step("account_invalid", () => postmen.create("/shipper-accounts", { body: { slug: "usps", credentials: { client_id: "x" } } }));
  await step("account_get", () => postmen.get("/shipper-accounts/" + id));
  await step("account_list", () => postmen.get("/shipper-accounts", { query: { slug: "usps", limit: 10 } }, {}));
  await step("account_info", () => postmen.PUT("/shipper-accounts/" + id + "/info", { body: { description: "SDK USPS main" } }));
  await step("account_credentials", () => postmen.PUT("/shipper-accounts/" + id + "/credentials", { body: credentials }));
  await step("account_disable", () => postmen.PUT("/shipper-accounts/" + id, { body: { status: "disabled" } }));
  await step("account_enable", () => postmen.PUT("/shipper-accounts/" + id, { body: { status: "enabled" } }));
  await step("account_missing", () => postmen.get("/shipper-accounts/00000000-0000-0000-0000-000000000000"));
  const spare = await step("account_spare", () => postmen.create("/shipper-accounts", { body: {
    slug: "usps", description: "SDK spare", timezone: "America/Los_Angeles", address: from, credentials } }));
  await step("account_delete", () => postmen.DELETE("/shipper-accounts/" + (spare && spare.id)));
  await step("account_deleted_get", () => postmen.get("/shipper-accounts/" + (spare && spare.id)));
  return id;
}

async function rates(account) {
  const rate = await step("rate_create", () => postmen.create("/rates", { body: {
    shipper_accounts: [{ id: account }], shipment: shipment(to) } }));
  await step("rate_failing", () => postmen.create("/rates", { body: {
    shipper_accounts: [{ id: account }], shipment: shipment(Object.assign({}, to, { contact_name: "FAIL RATE" })) } }));
  await step("rate_get", () => postmen.get("/rates/" + (rate && rate.id)));
  await step("rate_list", () => postmen.get("/rates", { query: { limit: 1 } }, {}));
  await step("rate_invalid", () => postmen.create("/rates", { body: { shipment: { ship_to: to } } }));
}

async function labels(account) {
  const first = await step("label_create", () => postmen.create("/labels", { body: label(account) }));
  await step("label_get", () => postmen.get("/labels/" + (first && first.id)));
  await step("label_list", () => postmen.get("/labels", { query: { shipper_account_id: account, status: "created", limit: 5 } }, {}));
  await step("label_by_number", () => postmen.get("/labels", { query: { tracking_numbers: first && first.tracking_numbers[0] } }, {}));
  await step("label_refused", () => postmen.create("/labels", { body: label(account, {
    shipment: shipment(Object.assign({}, to, { contact_name: "FAIL LABEL" })) }) }));
  await step("label_invalid", () => postmen.create("/labels", { body: { service_type: "usps-priority_mail" } }));
  await step("label_bad_paper", () => postmen.create("/labels", { body: label(account, { paper_size: "A9" }) }));
  await step("label_missing", () => postmen.get("/labels/00000000-0000-0000-0000-000000000000"));
  const pending = await step("label_async", () => postmen.create("/labels", { body: label(account, { async: true }) }));
  for (let i = 0; i < 50 && pending; i++) {
    const got = await step("label_async_get", () => postmen.get("/labels/" + pending.id));
    if (!got || got.status !== "creating") break;
    await sleep(200);
  }
  return first;
}

async function cancels(account) {
  const victim = await step("label_to_cancel", () => postmen.create("/labels", { body: label(account) }));
  const cancel = await step("cancel_create", () => postmen.create("/cancel-labels", { body: { label: { id: victim && victim.id } } }));
  await step("cancel_again", () => postmen.create("/cancel-labels", { body: { label: { id: victim && victim.id } } }));
  await step("cancel_unknown", () => postmen.create("/cancel-labels", { body: { label: { id: "00000000-0000-0000-0000-000000000000" } } }));
  await step("cancel_get", () => postmen.get("/cancel-labels/" + (cancel && cancel.id)));
  await step("cancel_list", () => postmen.get("/cancel-labels"));
  await step("label_cancelled_get", () => postmen.get("/labels/" + (victim && victim.id)));
}

async function pickups(account, first) {
  const body = { shipper_account: { id: account }, label_ids: [first && first.id], pickup_from: from,
    pickup_start_time: "12:00:00", pickup_end_time: "17:00:00", pickup_location: "Front desk", pickup_instructions: "Ring twice" };
  const pickup = await step("pickup_create", () => postmen.create("/pickups", { body }));
  await step("pickup_parcels", () => postmen.create("/pickups", { body: { shipper_account: { id: account }, pickup_from: from,
    pickup_parcels: [{ weight: { value: 1, unit: "lb" }, quantity: 2 }], pickup_start_time: "12:00:00", pickup_end_time: "17:00:00" } }));
  await step("pickup_invalid", () => postmen.create("/pickups", { body: { pickup_start_time: "noon" } }));
  await step("pickup_get", () => postmen.get("/pickups/" + (pickup && pickup.id)));
  await step("pickup_list", () => postmen.get("/pickups"));
  const cancel = await step("cancel_pickup_create", () => postmen.create("/cancel-pickups", { body: { pickup: { id: pickup && pickup.id } } }));
  await step("cancel_pickup_get", () => postmen.get("/cancel-pickups/" + (cancel && cancel.id)));
  await step("cancel_pickup_list", () => postmen.get("/cancel-pickups"));
  await step("cancel_pickup_unknown", () => postmen.create("/cancel-pickups", { body: { pickup: { id: "00000000-0000-0000-0000-000000000000" } } }));
}

async function manifests(account, first) {
  const m = await step("manifest_create", () => postmen.create("/manifests", { body: { shipper_account: { id: account } } }));
  await step("manifest_get", () => postmen.get("/manifests/" + (m && m.id)));
  await step("manifest_list", () => postmen.get("/manifests"));
  await step("manifest_empty", () => postmen.create("/manifests", { body: { shipper_account: { id: account } } }));
  await step("label_manifested_get", () => postmen.get("/labels/" + (first && first.id)));
  await step("cancel_manifested", () => postmen.create("/cancel-labels", { body: { label: { id: first && first.id } } }));
}

async function addresses() {
  const v = await step("address_valid", () => postmen.create("/address-validations", { body: { address: to } }));
  await step("address_invalid", () => postmen.create("/address-validations", { body: { address: Object.assign({}, to, { postal_code: "ABCDE" }) } }));
  await step("address_missing", () => postmen.create("/address-validations", { body: {} }));
  await step("address_get", () => postmen.get("/address-validations/" + (v && v.id)));
  await step("address_list", () => postmen.get("/address-validations"));
}

async function main() {
  const account = await accounts();
  await rates(account);
  const first = await labels(account);
  await cancels(account);
  await pickups(account, first);
  await manifests(account, first);
  await addresses();
  out.rate_limit = { data: JSON.parse(JSON.stringify(postmen.getRateLimit())) };
  await step("wrong_key", () => postmen.useApiKey("wp_test_wrong_key_0000000000").get("/labels"));
  await step("unknown_path", () => postmen.get("/nothing-here"));
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
