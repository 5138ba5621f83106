// Reads JSON cases from stdin: [{signingSecret, timestamp, signature, body, nowMilliseconds}] and prints, for each,
// whether @slack/bolt's verifySlackRequest accepts it: [{valid: true} | {valid: false, error: "..."}].
const { verifySlackRequest } = require('@slack/bolt');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map((c) => {
    try {
      verifySlackRequest({
        signingSecret: c.signingSecret,
        body: c.body,
        headers: { 'x-slack-signature': c.signature, 'x-slack-request-timestamp': Number(c.timestamp) },
        nowMilliseconds: c.nowMilliseconds,
      });
      return { valid: true };
    } catch (e) {
      return { valid: false, error: String(e.message) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
