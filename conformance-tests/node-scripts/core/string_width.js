// Column widths of strings (internalBinding('icu').getStringWidth, node_i18n.cc) as util.inspect's array grouping
// and console.table lay them out: wide CJK, emoji and ZWJ sequences, combining and format marks, ambiguous width.
const util = require('util');
const words = ['丁丁', 'a', '👅', 'e\u0301', 'ｆｕｌｌ', '\u200Bzw', 'ß', '±', '👩‍👩‍👧', '한국어', 'abc', '\u00ADsh',
  '🏽', 'Ω', '😀😀', '\u0488x', 'x'.repeat(5), 'é', '漢字漢字', '\u{1F1EF}\u{1F1F5}', 'tab', 'q', 'r', 's', 't', 'u'];
console.log(util.inspect(words, { breakLength: 60 }));
console.log(util.inspect(words.map((w, i) => w + i), { breakLength: 100 }));
console.table(words.slice(0, 12).map((w) => ({ w, len: w.length })));
console.table([{ 名前: '太郎', 'emoji 👍': '✔' }, { 名前: 'Ἀθῆναι', 'emoji 👍': '🇯🇵' }]);
