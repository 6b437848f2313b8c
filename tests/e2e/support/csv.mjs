// Reading the portal's CSV files in the tests, strictly: RFC 4180 with the
// portal's choices (CRLF after every row, quotes doubled), so a malformed
// file fails the test instead of being read leniently.
import assert from 'node:assert/strict';

/** The rows of a CSV text with `separator` (`,` or `;`) between fields. */
export function parseCsv(text, separator = ',') {
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      // A quoted field: up to the quote that is not doubled.
      i += 1;
      for (;;) {
        const end = text.indexOf('"', i);
        assert.ok(end >= 0, 'unterminated quoted field');
        field += text.slice(i, end);
        if (text[end + 1] === '"') { field += '"'; i = end + 2; } else { i = end + 1; break; }
      }
      assert.ok([separator, '\r'].includes(text[i]), `text after a closing quote at ${i}`);
    } else if (text[i] === separator) {
      row.push(field); field = ''; i += 1;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field); rows.push(row); row = []; field = ''; i += 2;
    } else {
      assert.notEqual(text[i], '\n', 'a bare LF outside a quoted field');
      assert.notEqual(text[i], '"', 'a quote inside an unquoted field');
      field += text[i]; i += 1;
    }
  }
  assert.ok(row.length === 0 && field === '', 'the last row ends with CRLF');
  return rows;
}
