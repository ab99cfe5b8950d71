// The baseline the policyFor figures are compared with: Koa answering a small JSON body, nothing else.
import Koa from "koa";

const app = new Koa();
app.use((ctx) => {
  ctx.body = { ok: true };
});
const server = app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`listening ${server.address().port}`);
});
