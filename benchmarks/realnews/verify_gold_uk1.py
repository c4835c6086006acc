#!/usr/bin/env python3
"""Verify gold_quotes_uk1.jsonl against articles_uk.jsonl (standard library only).

Checks: ids uk-01..uk-14 in order; text identical to the input; every span satisfies
text[content_start:content_end] == content; required keys and kinds; prints per-article
counts (direct, indirect) and totals.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTS = os.path.join(HERE, 'articles_uk.jsonl')
GOLD = os.path.join(HERE, 'gold_quotes_uk1.jsonl')
KEYS = {'kind', 'content', 'content_start', 'content_end', 'speaker', 'speaker_mention', 'cue'}

def main():
    src = {}
    for line in open(ARTS, encoding='utf-8'):
        d = json.loads(line)
        src[d['id']] = d['text']
    gold = [json.loads(l) for l in open(GOLD, encoding='utf-8') if l.strip()]
    expected = ['uk-%02d' % i for i in range(1, 15)]
    errors = []
    if [g['id'] for g in gold] != expected:
        errors.append('ids/order mismatch: %r' % [g['id'] for g in gold])
    td = ti = 0
    for g in gold:
        if set(g) != {'id', 'text', 'quotes'}:
            errors.append('%s: top-level keys %r' % (g['id'], sorted(g)))
        t = g['text']
        if t != src.get(g['id']):
            errors.append('%s: text differs from input' % g['id'])
        nd = ni = 0
        for k, q in enumerate(g['quotes']):
            if set(q) != KEYS:
                errors.append('%s #%d: keys %r' % (g['id'], k, sorted(q)))
            if q['kind'] not in ('direct', 'indirect'):
                errors.append('%s #%d: bad kind %r' % (g['id'], k, q['kind']))
            s, e = q['content_start'], q['content_end']
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
                errors.append('%s #%d: bad offsets %r' % (g['id'], k, (s, e)))
            elif t[s:e] != q['content']:
                errors.append('%s #%d: span mismatch %r != %r' % (g['id'], k, t[s:e], q['content']))
            if q['kind'] == 'direct':
                nd += 1
            else:
                ni += 1
        td += nd; ti += ni
        print('%s  direct=%2d  indirect=%2d  total=%2d' % (g['id'], nd, ni, nd + ni))
    print('TOTAL  direct=%d  indirect=%d  all=%d' % (td, ti, td + ti))
    if errors:
        print('\n'.join(errors))
        print('FAILED: %d error(s)' % len(errors))
        return 1
    print('OK: all spans match and all texts equal the input')
    return 0

if __name__ == '__main__':
    sys.exit(main())
