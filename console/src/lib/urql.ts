import { Client, cacheExchange, fetchExchange } from "urql";

/** Same-origin GraphQL with the session cookie; the CSRF header is required by the API on every request. */
export const client = new Client({
  url: "/graphql",
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { headers: { "x-policy-pilot-csrf": "1" }, credentials: "same-origin" },
  preferGetMethod: false,
  requestPolicy: "cache-and-network",
});
