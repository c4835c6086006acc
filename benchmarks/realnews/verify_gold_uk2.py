"""Verify gold_quotes_uk2.jsonl (uk-15..uk-28) against articles_uk.jsonl: every span's
offsets reproduce its content, text fields are unchanged, fields are well formed.
Prints per-article (direct, indirect) counts and totals. Standard library only."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
src = {}
for line in open(os.path.join(HERE, 'articles_uk.jsonl'), encoding='utf-8'):
    d = json.loads(line)
    src[d['id']] = d['text']
expected_ids = ['uk-%02d' % i for i in range(15, 29)]
gold = [json.loads(l) for l in open(os.path.join(HERE, 'gold_quotes_uk2.jsonl'), encoding='utf-8')]
errors = []
if [g['id'] for g in gold] != expected_ids:
    errors.append('ids/order differ: %r' % [g['id'] for g in gold])
KEYS = {"kind", "content", "content_start", "content_end", "speaker", "speaker_mention", "cue"}
td = ti = 0
for g in gold:
    if set(g) != {"id", "text", "quotes"}:
        errors.append('%s: top-level keys %r' % (g['id'], sorted(g)))
    t = g['text']
    if t != src.get(g['id']):
        errors.append('%s: text differs from input' % g['id'])
    nd = ni = 0
    for k, q in enumerate(g['quotes']):
        if set(q) != KEYS:
            errors.append('%s[%d]: keys %r' % (g['id'], k, sorted(q)))
            continue
        if q['kind'] not in ('direct', 'indirect'):
            errors.append('%s[%d]: kind %r' % (g['id'], k, q['kind']))
        s, e = q['content_start'], q['content_end']
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
            errors.append('%s[%d]: bad offsets %r %r' % (g['id'], k, s, e))
        elif t[s:e] != q['content']:
            errors.append('%s[%d]: text[%d:%d] != content' % (g['id'], k, s, e))
        if q['kind'] == 'direct' and not (q['content'][:1] == '"' and q['content'][-1:] == '"'):
            errors.append('%s[%d]: direct span without its quotation marks' % (g['id'], k))
        if q['content'] != q['content'].strip():
            errors.append('%s[%d]: span has outer whitespace' % (g['id'], k))
        for f in ('speaker', 'speaker_mention', 'cue'):
            if q[f] is not None and not (isinstance(q[f], str) and q[f].strip()):
                errors.append('%s[%d]: %s %r' % (g['id'], k, f, q[f]))
        if q['speaker_mention'] is not None and q['speaker_mention'] not in t:
            errors.append('%s[%d]: speaker_mention %r not in text' % (g['id'], k, q['speaker_mention']))
        if q['cue'] is not None and q['cue'] not in t:
            errors.append('%s[%d]: cue %r not in text' % (g['id'], k, q['cue']))
        if q['kind'] == 'direct':
            nd += 1
        else:
            ni += 1
    td += nd; ti += ni
    print('%s  direct %2d  indirect %2d' % (g['id'], nd, ni))
print('TOTAL   direct %2d  indirect %2d  all %d' % (td, ti, td + ti))
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK: all %d spans verified, %d texts unchanged' % (td + ti, len(gold)))
