// Runs peer.sql against PEER_DATABASE_URL with the pg client PostGraphile brings.
import { readFileSync } from "node:fs";
import pg from "pg";

const client = new pg.Client({ connectionString: process.env.PEER_DATABASE_URL });
await client.connect();
try {
  await client.query(readFileSync(new URL("./peer.sql", import.meta.url), "utf8"));
} finally {
  await client.end();
}
