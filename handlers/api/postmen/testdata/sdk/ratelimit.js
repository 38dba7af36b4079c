// Calls the Shipping API once through the "postmen" SDK, with its waiting turned
// off, when the key's limit is already used up, and prints the error the SDK
// raised and the rate limit it read from the answer's headers.
const Postmen = require("postmen");

const postmen = Postmen(process.env.WAYPOST_API_KEY, "sandbox", {
  endpoint: process.env.WAYPOST_URL + "/postmen/v3",
  retry: false,
  rate: false,
});

async function main() {
  const out = {};
  try {
    await postmen.get("/couriers");
    out.over = { data: "no error" };
  } catch (e) {
    out.over = { error: { code: e.code, type: e.type, message: e.message } };
  }
  out.seen = { data: postmen.getRateLimit()[process.env.WAYPOST_API_KEY] };
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
