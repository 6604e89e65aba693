import json,sys,re,subprocess,os,tempfile
sys.path.insert(0,'/work/shared/tools')
import score
base='/work/articles11'
for fn in sorted(os.listdir(base+'/gold')):
    if not fn.endswith('.gold.json'): continue
    g=json.load(open(f'{base}/gold/{fn}'))
    text=open(f"{base}/{g['text_file']}").read()
    stem=fn[:-10]
    assert g['doc']==stem
    # entity aliases: at least one Arabic alias present; report Arabic aliases absent
    ids=set()
    for e in g['entities']:
        assert e['id'] not in ids, e['id']; ids.add(e['id'])
        ar=[a for a in e['aliases'] if re.search('[\u0600-\u06ff]',a)]
        miss=[a for a in ar if a not in text]
        if len(miss)==len(ar): print(stem,'ENTITY NOT IN TEXT',e['id'])
        elif miss: print(stem,'alias absent (ok?)',e['id'],miss)
    for q in g['quotes']:
        for k in ('speaker','addressee','speaker_affiliation'):
            if q.get(k) and q[k] not in ids: print(stem,'bad quote ref',k,q[k])
        for s in q.get('speaker_also',[]):
            if s not in ids: print(stem,'bad speaker_also',s)
    for v in g['events']:
        for k in ('actors','targets','location'):
            for x in v.get(k) or []:
                if x not in ids: print(stem,'bad event ref',v['id'],k,x)
        sq=v.get('source_quote')
        if sq is not None and sq>=len(g['quotes']): print(stem,'bad source_quote',v['id'])
    for b in g.get('boilerplate',[]):
        if text.count(b)!=1: print(stem,'boilerplate count',b)
    pred={"schema":"marsad/1","entities":[],"times":[],"quantities":[],"quotes":[],"events":[]}
    try:
        r=score.score(g,pred,text)
    except SystemExit as ex:
        print(stem,'SCORE ERROR',ex); continue
    n=lambda L:(sum(1 for x in L if not x.get('optional')),len(L))
    print(stem,'ok: words',len(text.split()),'ents',n(g['entities']),'times',n(g['times']),'qty',n(g['quantities']),'quotes',n(g['quotes']),'events',n(g['events']),
          'fn',{k:r[k].fn for k in ('entities','times','quantities','quotes','events')})
