"""Check the real-news set: the articles as collected and the gold quote and figure files as annotated.

usage: python benchmarks/realnews/check.py     (standard library only; exit 1 on any problem)

Articles: every line parses with its fields, ids are unique, texts are non-empty and hold at least
four quotation marks or a "said", dates are YYYY-MM-DD. Gold (one file per annotator): the ids of
its part in input order, each text equal to the input's, the guideline's fields,
text[content_start:content_end] == content, no outer whitespace, speaker/mention/cue non-empty
strings or null, the mention and cue found in the text, no duplicate span; and each annotator's
own conventions for span ends (PARTS). Figures gold (FIGURE_FILES): texts equal to the input's, the
fields, every offset, numeric values, trends, no duplicate span. Prints the counts per article and in total.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLE_FIELDS = {"id", "title", "outlet", "url", "published", "licence", "style", "text"}
QUOTE_FIELDS = {"kind", "content", "content_start", "content_end", "speaker", "speaker_mention", "cue"}
QUOTE_MARKS = '"“”'  # single marks and apostrophes are not counted
FIGURE_FIELDS = {"surface", "start", "end", "value", "lower", "upper", "qualifier", "unit", "unit_surface",
                 "concept", "trend", "object", "claimant"}
FIGURE_FILES = ["gold_figures_a.jsonl", "gold_figures_b.jsonl", "gold_figures_c.jsonl",
                "gold_figures_d.jsonl", "gold_figures_e.jsonl", "gold_figures_f.jsonl",
                "gold_figures_g.jsonl", "gold_figures_h.jsonl", "gold_figures_i.jsonl",
                "gold_figures_j.jsonl", "gold_figures_k.jsonl", "gold_figures_l.jsonl",
                "gold_figures_m.jsonl", "gold_figures_n.jsonl", "gold_figures_o.jsonl",
                "gold_figures_p.jsonl", "gold_figures_q.jsonl", "gold_figures_r.jsonl",
                "gold_figures_s.jsonl", "gold_figures_t.jsonl", "gold_figures_u.jsonl",
                "gold_figures_v.jsonl", "gold_figures_w.jsonl", "gold_figures_x.jsonl",
                "gold_figures_y.jsonl", "gold_figures_z.jsonl", "gold_figures_aa.jsonl",
                "gold_figures_ab.jsonl", "gold_figures_ac.jsonl", "gold_figures_ad.jsonl",
                "gold_figures_ae.jsonl", "gold_figures_af.jsonl", "gold_figures_ag.jsonl",
                "gold_figures_ah.jsonl", "gold_figures_ai.jsonl", "gold_figures_aj.jsonl",
                "gold_figures_ak.jsonl", "gold_figures_al.jsonl", "gold_figures_am.jsonl",
                "gold_figures_an.jsonl", "gold_figures_ao.jsonl", "gold_figures_ap.jsonl",
                "gold_figures_aq.jsonl", "gold_figures_ar.jsonl", "gold_figures_as.jsonl",
                "gold_figures_at.jsonl", "gold_figures_au.jsonl", "gold_figures_av.jsonl",
                "gold_figures_aw.jsonl", "gold_figures_ax.jsonl", "gold_figures_ay.jsonl",
                "gold_figures_az.jsonl", "gold_figures_ba.jsonl", "gold_figures_bb.jsonl",
                "gold_figures_bc.jsonl", "gold_figures_bd.jsonl", "gold_figures_be.jsonl",
                "gold_figures_bf.jsonl", "gold_figures_bg.jsonl", "gold_figures_bh.jsonl",
                "gold_figures_bi.jsonl", "gold_figures_bj.jsonl", "gold_figures_bk.jsonl",
                "gold_figures_bl.jsonl", "gold_figures_bm.jsonl", "gold_figures_bn.jsonl",
                "gold_figures_bo.jsonl", "gold_figures_bp.jsonl", "gold_figures_bq.jsonl",
                "gold_figures_br.jsonl", "gold_figures_bs.jsonl", "gold_figures_bt.jsonl",
                "gold_figures_bu.jsonl", "gold_figures_bv.jsonl", "gold_figures_bw.jsonl",
                "gold_figures_bx.jsonl", "gold_figures_by.jsonl", "gold_figures_bz.jsonl",
                "gold_figures_ca.jsonl", "gold_figures_cb.jsonl", "gold_figures_cc.jsonl",
                "gold_figures_cd.jsonl", "gold_figures_ce.jsonl", "gold_figures_cf.jsonl",
                "gold_figures_cg.jsonl", "gold_figures_ch.jsonl", "gold_figures_ci.jsonl",
                "gold_figures_cj.jsonl", "gold_figures_ck.jsonl", "gold_figures_cl.jsonl",
                "gold_figures_cm.jsonl", "gold_figures_cn.jsonl", "gold_figures_co.jsonl",
                "gold_figures_cq.jsonl", "gold_figures_cr.jsonl", "gold_figures_cu.jsonl",
                "gold_figures_cv.jsonl", "gold_figures_cw.jsonl", "gold_figures_cx.jsonl",
                "gold_figures_cy.jsonl", "gold_figures_cz.jsonl", "gold_figures_da.jsonl",
                "gold_figures_db.jsonl", "gold_figures_dc.jsonl", "gold_figures_dd.jsonl",
                "gold_figures_de.jsonl", "gold_figures_df.jsonl", "gold_figures_dg.jsonl",
                "gold_figures_dh.jsonl", "gold_figures_di.jsonl", "gold_figures_dj.jsonl",
                "gold_figures_dk.jsonl", "gold_figures_dl.jsonl", "gold_figures_dm.jsonl",
                "gold_figures_dn.jsonl", "gold_figures_do.jsonl", "gold_figures_dp.jsonl",
                "gold_figures_dq.jsonl", "gold_figures_dr.jsonl", "gold_figures_ds.jsonl",
                "gold_figures_dt.jsonl", "gold_figures_du.jsonl", "gold_figures_dv.jsonl",
                "gold_figures_dw.jsonl", "gold_figures_dx.jsonl", "gold_figures_dy.jsonl",
                "gold_figures_dz.jsonl", "gold_figures_ea.jsonl", "gold_figures_eb.jsonl",
                "gold_figures_ec.jsonl", "gold_figures_ed.jsonl", "gold_figures_ee.jsonl",
                "gold_figures_ef.jsonl", "gold_figures_eg.jsonl", "gold_figures_eh.jsonl",
                "gold_figures_ei.jsonl", "gold_figures_ej.jsonl", "gold_figures_ek.jsonl",
                "gold_figures_el.jsonl", "gold_figures_em.jsonl", "gold_figures_en.jsonl",
                "gold_figures_eo.jsonl", "gold_figures_ep.jsonl", "gold_figures_eq.jsonl",
                "gold_figures_er.jsonl", "gold_figures_es.jsonl", "gold_figures_et.jsonl",
                "gold_figures_eu.jsonl", "gold_figures_ev.jsonl", "gold_figures_ew.jsonl",
                "gold_figures_ex.jsonl", "gold_figures_ey.jsonl", "gold_figures_ez.jsonl",
                "gold_figures_fa.jsonl", "gold_figures_fb.jsonl", "gold_figures_fc.jsonl",
                "gold_figures_fd.jsonl", "gold_figures_fe.jsonl", "gold_figures_ff.jsonl",
                "gold_figures_fg.jsonl", "gold_figures_fh.jsonl", "gold_figures_fi.jsonl",
                "gold_figures_fj.jsonl", "gold_figures_fk.jsonl", "gold_figures_fl.jsonl",
                "gold_figures_fm.jsonl", "gold_figures_fn.jsonl", "gold_figures_fo.jsonl",
                "gold_figures_fp.jsonl", "gold_figures_fq.jsonl", "gold_figures_fr.jsonl",
                "gold_figures_fs.jsonl", "gold_figures_ft.jsonl", "gold_figures_fu.jsonl",
                "gold_figures_fv.jsonl", "gold_figures_fw.jsonl", "gold_figures_fx.jsonl",
                "gold_figures_fy.jsonl", "gold_figures_fz.jsonl", "gold_figures_ga.jsonl",
                "gold_figures_gb.jsonl", "gold_figures_gc.jsonl", "gold_figures_gd.jsonl",
                "gold_figures_ge.jsonl", "gold_figures_gf.jsonl", "gold_figures_gg.jsonl",
                "gold_figures_gh.jsonl", "gold_figures_gi.jsonl", "gold_figures_gj.jsonl",
                "gold_figures_gk.jsonl", "gold_figures_gl.jsonl", "gold_figures_gm.jsonl",
                "gold_figures_gn.jsonl", "gold_figures_go.jsonl", "gold_figures_gp.jsonl",
                "gold_figures_gq.jsonl", "gold_figures_gr.jsonl", "gold_figures_gs.jsonl",
                "gold_figures_gt.jsonl", "gold_figures_gu.jsonl", "gold_figures_gv.jsonl",
                "gold_figures_gw.jsonl", "gold_figures_gx.jsonl", "gold_figures_gy.jsonl",
                "gold_figures_gz.jsonl", "gold_figures_ha.jsonl", "gold_figures_hb.jsonl",
                "gold_figures_hc.jsonl", "gold_figures_hd.jsonl", "gold_figures_he.jsonl",
                "gold_figures_hf.jsonl", "gold_figures_hg.jsonl"]


# Entries taken out after annotation for having no speech in them, their numbers left free.
TAKEN_OUT = {"f33us-03", "f42uk-06", "f196-05", "f206-03", "f211-06"}
# Reported speech without quotation marks, or a statement issued: "said", "according to", "announced".
_REPORTS_SPEECH = re.compile(r"\b(?:said|says|say|told|argued|found|revealed|[Aa]ccording\s+to|announced|stated|"
                             r"statement|remarks|ruled|estimates|concluded|suggested|warned|claimed|reported|predicts|"
                             r"urges?|advising|advised|commented|emphasi[sz]ed|responded|shows?|insisted|explained|"
                             r"stressed|underlined|highlighted|details|maintains|suggest|demanding|posted|called\s+out|"
                             r"asserted|concludes|writes|wrote|agrees)\b")


def _direct_closed(q):  # us1: a direct span opens and closes with a double quotation mark
    c = q["content"]
    return q["kind"] != "direct" or (c[0] in '"“' and c[-1] in '"”')


def _direct_opens(q):  # us2: a direct span opens with one
    return q["kind"] != "direct" or q["content"][0] in '"“'


def _indirect_unstopped(q):  # us2: an indirect span ends before the sentence's full stop
    return q["kind"] != "indirect" or not q["content"].endswith(".")


def _direct_straight(q):  # uk2: straight quotation marks at both ends
    return q["kind"] != "direct" or (q["content"][:1] == '"' and q["content"][-1:] == '"')


# part: (articles file, id prefix or prefixes, first and last number of the ids under each prefix
#        (one last number, or one for each prefix), the annotator's conventions)
PARTS = {
    "us1": ("articles_us.jsonl", "us", 1, 14, [_direct_closed]),
    "us2": ("articles_us.jsonl", "us", 15, 28, [_direct_opens, _indirect_unstopped]),
    "uk1": ("articles_uk.jsonl", "uk", 1, 14, []),
    "uk2": ("articles_uk.jsonl", "uk", 15, 28, [_direct_straight]),
    "fresh_uk": ("articles_fresh_uk.jsonl", "fuk", 1, 8, []),
    "fresh_us": ("articles_fresh_us.jsonl", "fus", 1, 8, []),
    "fresh2": ("articles_fresh2.jsonl", ("f2us", "f2uk"), 1, 6, []),
    "fresh3": ("articles_fresh3.jsonl", ("f3us", "f3uk"), 1, 6, []),
    "fresh4": ("articles_fresh4.jsonl", ("f4us", "f4uk"), 1, 5, []),
    "fresh5": ("articles_fresh5.jsonl", ("f5us", "f5uk"), 1, 6, []),
    "fresh6": ("articles_fresh6.jsonl", ("f6us", "f6uk"), 1, 6, []),
    "fresh7": ("articles_fresh7.jsonl", ("f7us", "f7uk"), 1, (6, 5), []),
    "fresh8": ("articles_fresh8.jsonl", "f8us", 1, 12, []),
    "fresh9": ("articles_fresh9.jsonl", "f9uk", 1, 12, []),
    "fresh10": ("articles_fresh10.jsonl", ("f10us", "f10uk"), 1, (4, 3), []),
    "fresh11": ("articles_fresh11.jsonl", ("f11us", "f11uk"), 1, 6, []),
    "fresh12": ("articles_fresh12.jsonl", ("f12us", "f12uk"), 1, 6, []),
    "fresh13": ("articles_fresh13.jsonl", ("f13us", "f13uk"), 1, 5, []),
    "fresh14": ("articles_fresh14.jsonl", ("f14us", "f14uk"), 1, 5, []),
    "fresh15": ("articles_fresh15.jsonl", ("f15us", "f15uk"), 1, 5, []),
    "fresh16": ("articles_fresh16.jsonl", "f16uk", 1, 10, []),
    "fresh17": ("articles_fresh17.jsonl", ("f17us", "f17uk"), 1, 5, []),
    "fresh18": ("articles_fresh18.jsonl", ("f18us", "f18uk"), 1, (3, 5), []),
    "fresh19": ("articles_fresh19.jsonl", "f19uk", 1, 7, []),
    "fresh20": ("articles_fresh20.jsonl", "f20us", 1, 10, []),
    "fresh21": ("articles_fresh21.jsonl", ("f21us", "f21uk"), 1, 5, []),
    "fresh22": ("articles_fresh22.jsonl", ("f22us", "f22uk"), 1, 5, []),
    "fresh23": ("articles_fresh23.jsonl", ("f23us", "f23uk"), 1, (1, 9), []),
    "fresh24": ("articles_fresh24.jsonl", ("f24us", "f24uk"), 1, 5, []),
    "fresh25": ("articles_fresh25.jsonl", ("f25us", "f25uk"), 1, 5, []),
    "fresh26": ("articles_fresh26.jsonl", ("f26us", "f26uk"), 1, (5, 2), []),
    "fresh27": ("articles_fresh27.jsonl", ("f27us", "f27uk"), 1, 5, []),
    "fresh28": ("articles_fresh28.jsonl", ("f28us", "f28uk"), 1, (4, 6), []),
    "fresh29": ("articles_fresh29.jsonl", ("f29us", "f29uk"), 1, 5, []),
    "fresh30": ("articles_fresh30.jsonl", ("f30us", "f30uk"), 1, 5, []),
    "fresh31": ("articles_fresh31.jsonl", ("f31us", "f31uk"), 1, (3, 7), []),
    "fresh32": ("articles_fresh32.jsonl", "f32us", 1, 7, []),
    "fresh33": ("articles_fresh33.jsonl", "f33us", 1, 8, []),
    "fresh34": ("articles_fresh34.jsonl", ("f34us", "f34uk"), 1, 5, []),
    "fresh35": ("articles_fresh35.jsonl", ("f35us", "f35uk"), 1, 5, []),
    "fresh36": ("articles_fresh36.jsonl", ("f36us", "f36uk"), 1, 5, []),
    "fresh37": ("articles_fresh37.jsonl", ("f37us", "f37uk"), 1, 5, []),
    "fresh38": ("articles_fresh38.jsonl", "f38uk", 1, 10, []),
    "fresh39": ("articles_fresh39.jsonl", "f39us", 1, 10, []),
    "fresh40": ("articles_fresh40.jsonl", "f40uk", 1, 8, []),
    "fresh41": ("articles_fresh41.jsonl", "f41us", 1, 8, []),
    "fresh42": ("articles_fresh42.jsonl", "f42uk", 1, 6, []),
    "fresh43": ("articles_fresh43.jsonl", "f43us", 1, 6, []),
    "fresh44": ("articles_fresh44.jsonl", "f44us", 1, 9, []),
    "fresh45": ("articles_fresh45.jsonl", "f45uk", 1, 8, []),
    "fresh46": ("articles_fresh46.jsonl", "f46us", 1, 8, []),
    "fresh47": ("articles_fresh47.jsonl", "f47uk", 1, 8, []),
    "fresh48": ("articles_fresh48.jsonl", "f48us", 1, 8, []),
    "fresh49": ("articles_fresh49.jsonl", "f49uk", 1, 9, []),
    "fresh50": ("articles_fresh50.jsonl", "f50", 1, 10, []),
    "fresh51": ("articles_fresh51.jsonl", "f51", 1, 7, []),
    "fresh52": ("articles_fresh52.jsonl", "f52us", 1, 10, []),
    "fresh53": ("articles_fresh53.jsonl", "f53", 1, 6, []),
    "fresh54": ("articles_fresh54.jsonl", "f54uk", 1, 8, []),
    "fresh55": ("articles_fresh55.jsonl", "f55", 1, 6, []),
    "fresh56": ("articles_fresh56.jsonl", "f56us", 1, 7, []),
    "fresh57": ("articles_fresh57.jsonl", "f57", 1, 6, []),
    "fresh58": ("articles_fresh58.jsonl", "f58us", 1, 8, []),
    "fresh59": ("articles_fresh59.jsonl", "f59uk", 1, 9, []),
    "fresh60": ("articles_fresh60.jsonl", "f60", 1, 6, []),
    "fresh61": ("articles_fresh61.jsonl", "f61us", 1, 8, []),
    "fresh62": ("articles_fresh62.jsonl", "f62uk", 1, 8, []),
    "fresh63": ("articles_fresh63.jsonl", "f63us", 1, 9, []),
    "fresh64": ("articles_fresh64.jsonl", "f64", 1, 8, []),
    "fresh65": ("articles_fresh65.jsonl", "f65uk", 1, 8, []),
    "fresh66": ("articles_fresh66.jsonl", "f66us", 1, 6, []),
    "fresh67": ("articles_fresh67.jsonl", "f67", 1, 6, []),
    "fresh68": ("articles_fresh68.jsonl", "f68uk", 1, 6, []),
    "fresh69": ("articles_fresh69.jsonl", "f69us", 1, 6, []),
    "fresh70": ("articles_fresh70.jsonl", "f70", 1, 6, []),
    "fresh71": ("articles_fresh71.jsonl", "f71uk", 1, 6, []),
    "fresh72": ("articles_fresh72.jsonl", "f72", 1, 6, []),
    "fresh73": ("articles_fresh73.jsonl", "f73us", 1, 8, []),
    "fresh74": ("articles_fresh74.jsonl", "f74us", 1, 8, []),
    "fresh75": ("articles_fresh75.jsonl", "f75uk", 1, 7, []),
    "fresh76": ("articles_fresh76.jsonl", "f76", 1, 8, []),
    "fresh77": ("articles_fresh77.jsonl", "f77uk", 1, 8, []),
    "fresh78": ("articles_fresh78.jsonl", "f78", 1, 8, []),
    "fresh79": ("articles_fresh79.jsonl", "f79us", 1, 8, []),
    "fresh80": ("articles_fresh80.jsonl", "f80us", 1, 8, []),
    "fresh81": ("articles_fresh81.jsonl", "f81uk", 1, 8, []),
    "fresh82": ("articles_fresh82.jsonl", "f82", 1, 7, []),
    "fresh83": ("articles_fresh83.jsonl", "f83uk", 1, 8, []),
    "fresh84": ("articles_fresh84.jsonl", "f84", 1, 2, []),
    "fresh85": ("articles_fresh85.jsonl", "f85us", 1, 7, []),
    "fresh86": ("articles_fresh86.jsonl", "f86us", 1, 8, []),
    "fresh87": ("articles_fresh87.jsonl", "f87uk", 1, 8, []),
    "fresh88": ("articles_fresh88.jsonl", "f88", 1, 8, []),
    "fresh89": ("articles_fresh89.jsonl", "f89uk", 1, 8, []),
    "fresh90": ("articles_fresh90.jsonl", "f90", 1, 8, []),
    "fresh92": ("articles_fresh92.jsonl", "f92us", 1, 8, []),
    "fresh93": ("articles_fresh93.jsonl", "f93uk", 1, 6, []),
    "fresh96": ("articles_fresh96.jsonl", "f96uk", 1, 8, []),
    "fresh97": ("articles_fresh97.jsonl", "f97us", 1, 8, []),
    "fresh98": ("articles_fresh98.jsonl", "f98", 1, 8, []),
    "fresh99": ("articles_fresh99.jsonl", "f99", 1, 6, []),
    "fresh100": ("articles_fresh100.jsonl", "f100", 1, 6, []),
    "fresh101": ("articles_fresh101.jsonl", "f101", 1, 7, []),
    "fresh102": ("articles_fresh102.jsonl", "f102", 1, 6, []),
    "fresh103": ("articles_fresh103.jsonl", "f103", 1, 6, []),
    "fresh104": ("articles_fresh104.jsonl", "f104", 1, 8, []),
    "fresh105": ("articles_fresh105.jsonl", "f105", 1, 8, []),
    "fresh106": ("articles_fresh106.jsonl", "f106", 1, 6, []),
    "fresh107": ("articles_fresh107.jsonl", "f107", 1, 8, []),
    "fresh108": ("articles_fresh108.jsonl", "f108", 1, 7, []),
    "fresh109": ("articles_fresh109.jsonl", "f109", 1, 7, []),
    "fresh110": ("articles_fresh110.jsonl", "f110", 1, 7, []),
    "fresh111": ("articles_fresh111.jsonl", "f111", 1, 7, []),
    "fresh112": ("articles_fresh112.jsonl", "f112", 1, 7, []),
    "fresh113": ("articles_fresh113.jsonl", "f113", 1, 7, []),
    "fresh114": ("articles_fresh114.jsonl", "f114", 1, 7, []),
    "fresh115": ("articles_fresh115.jsonl", "f115", 1, 7, []),
    "fresh116": ("articles_fresh116.jsonl", "f116", 1, 7, []),
    "fresh117": ("articles_fresh117.jsonl", "f117", 1, 6, []),
    "fresh118": ("articles_fresh118.jsonl", "f118", 1, 6, []),
    "fresh119": ("articles_fresh119.jsonl", "f119", 1, 6, []),
    "fresh120": ("articles_fresh120.jsonl", "f120", 1, 7, []),
    "fresh121": ("articles_fresh121.jsonl", "f121", 1, 7, []),
    "fresh122": ("articles_fresh122.jsonl", "f122", 1, 6, []),
    "fresh123": ("articles_fresh123.jsonl", "f123", 1, 8, []),
    "fresh124": ("articles_fresh124.jsonl", "f124", 1, 7, []),
    "fresh125": ("articles_fresh125.jsonl", "f125", 1, 7, []),
    "fresh126": ("articles_fresh126.jsonl", "f126", 1, 7, []),
    "fresh127": ("articles_fresh127.jsonl", "f127", 1, 8, []),
    "fresh128": ("articles_fresh128.jsonl", "f128", 1, 8, []),
    "fresh129": ("articles_fresh129.jsonl", "f129", 1, 8, []),
    "fresh130": ("articles_fresh130.jsonl", "f130", 1, 7, []),
    "fresh131": ("articles_fresh131.jsonl", "f131", 1, 8, []),
    "fresh132": ("articles_fresh132.jsonl", "f132", 1, 8, []),
    "fresh133": ("articles_fresh133.jsonl", "f133", 1, 8, []),
    "fresh134": ("articles_fresh134.jsonl", "f134", 1, 7, []),
    "fresh135": ("articles_fresh135.jsonl", "f135", 1, 8, []),
    "fresh136": ("articles_fresh136.jsonl", "f136", 1, 8, []),
    "fresh137": ("articles_fresh137.jsonl", "f137", 1, 7, []),
    "fresh138": ("articles_fresh138.jsonl", "f138", 1, 8, []),
    "fresh139": ("articles_fresh139.jsonl", "f139", 1, 8, []),
    "fresh140": ("articles_fresh140.jsonl", "f140", 1, 8, []),
    "fresh141": ("articles_fresh141.jsonl", "f141", 1, 7, []),
    "fresh142": ("articles_fresh142.jsonl", "f142", 1, 6, []),
    "fresh143": ("articles_fresh143.jsonl", "f143", 1, 7, []),
    "fresh144": ("articles_fresh144.jsonl", "f144", 1, 8, []),
    "fresh145": ("articles_fresh145.jsonl", "f145", 1, 8, []),
    "fresh146": ("articles_fresh146.jsonl", "f146", 1, 8, []),
    "fresh147": ("articles_fresh147.jsonl", "f147", 1, 8, []),
    "fresh148": ("articles_fresh148.jsonl", "f148", 1, 8, []),
    "fresh149": ("articles_fresh149.jsonl", "f149", 1, 8, []),
    "fresh150": ("articles_fresh150.jsonl", "f150", 1, 8, []),
    "fresh151": ("articles_fresh151.jsonl", "f151", 1, 8, []),
    "fresh152": ("articles_fresh152.jsonl", "f152", 1, 8, []),
    "fresh153": ("articles_fresh153.jsonl", "f153", 1, 7, []),
    "fresh154": ("articles_fresh154.jsonl", "f154", 1, 8, []),
    "fresh155": ("articles_fresh155.jsonl", "f155", 1, 8, []),
    "fresh156": ("articles_fresh156.jsonl", "f156", 1, 8, []),
    "fresh157": ("articles_fresh157.jsonl", "f157", 1, 7, []),
    "fresh158": ("articles_fresh158.jsonl", "f158", 1, 7, []),
    "fresh159": ("articles_fresh159.jsonl", "f159", 1, 8, []),
    "fresh160": ("articles_fresh160.jsonl", "f160", 1, 8, []),
    "fresh161": ("articles_fresh161.jsonl", "f161", 1, 8, []),
    "fresh162": ("articles_fresh162.jsonl", "f162", 1, 7, []),
    "fresh163": ("articles_fresh163.jsonl", "f163", 1, 7, []),
    "fresh164": ("articles_fresh164.jsonl", "f164", 1, 7, []),
    "fresh165": ("articles_fresh165.jsonl", "f165", 1, 8, []),
    "fresh166": ("articles_fresh166.jsonl", "f166", 1, 7, []),
    "fresh167": ("articles_fresh167.jsonl", "f167", 1, 8, []),
    "fresh168": ("articles_fresh168.jsonl", "f168", 1, 8, []),
    "fresh169": ("articles_fresh169.jsonl", "f169", 1, 8, []),
    "fresh170": ("articles_fresh170.jsonl", "f170", 1, 7, []),
    "fresh171": ("articles_fresh171.jsonl", "f171", 1, 8, []),
    "fresh172": ("articles_fresh172.jsonl", "f172", 1, 8, []),
    "fresh173": ("articles_fresh173.jsonl", "f173", 1, 8, []),
    "fresh174": ("articles_fresh174.jsonl", "f174", 1, 8, []),
    "fresh175": ("articles_fresh175.jsonl", "f175", 1, 8, []),
    "fresh176": ("articles_fresh176.jsonl", "f176", 1, 7, []),
    "fresh177": ("articles_fresh177.jsonl", "f177", 1, 7, []),
    "fresh178": ("articles_fresh178.jsonl", "f178", 1, 7, []),
    "fresh179": ("articles_fresh179.jsonl", "f179", 1, 8, []),
    "fresh180": ("articles_fresh180.jsonl", "f180", 1, 8, []),
    "fresh181": ("articles_fresh181.jsonl", "f181", 1, 8, []),
    "fresh182": ("articles_fresh182.jsonl", "f182", 1, 7, []),
    "fresh183": ("articles_fresh183.jsonl", "f183", 1, 8, []),
    "fresh184": ("articles_fresh184.jsonl", "f184", 1, 7, []),
    "fresh185": ("articles_fresh185.jsonl", "f185", 1, 7, []),
    "fresh186": ("articles_fresh186.jsonl", "f186", 1, 8, []),
    "fresh187": ("articles_fresh187.jsonl", "f187", 1, 8, []),
    "fresh188": ("articles_fresh188.jsonl", "f188", 1, 7, []),
    "fresh189": ("articles_fresh189.jsonl", "f189", 1, 8, []),
    "fresh190": ("articles_fresh190.jsonl", "f190", 1, 8, []),
    "fresh191": ("articles_fresh191.jsonl", "f191", 1, 8, []),
    "fresh192": ("articles_fresh192.jsonl", "f192", 1, 8, []),
    "fresh193": ("articles_fresh193.jsonl", "f193", 1, 8, []),
    "fresh194": ("articles_fresh194.jsonl", "f194", 1, 7, []),
    "fresh195": ("articles_fresh195.jsonl", "f195", 1, 8, []),
    "fresh196": ("articles_fresh196.jsonl", "f196", 1, 6, []),
    "fresh197": ("articles_fresh197.jsonl", "f197", 1, 8, []),
    "fresh198": ("articles_fresh198.jsonl", "f198", 1, 7, []),
    "fresh199": ("articles_fresh199.jsonl", "f199", 1, 8, []),
    "fresh200": ("articles_fresh200.jsonl", "f200", 1, 7, []),
    "fresh201": ("articles_fresh201.jsonl", "f201", 1, 8, []),
    "fresh202": ("articles_fresh202.jsonl", "f202", 1, 8, []),
    "fresh203": ("articles_fresh203.jsonl", "f203", 1, 8, []),
    "fresh204": ("articles_fresh204.jsonl", "f204", 1, 8, []),
    "fresh205": ("articles_fresh205.jsonl", "f205", 1, 8, []),
    "fresh206": ("articles_fresh206.jsonl", "f206", 1, 8, []),
    "fresh207": ("articles_fresh207.jsonl", "f207", 1, 8, []),
    "fresh208": ("articles_fresh208.jsonl", "f208", 1, 8, []),
    "fresh209": ("articles_fresh209.jsonl", "f209", 1, 6, []),
    "fresh210": ("articles_fresh210.jsonl", "f210", 1, 8, []),
    "fresh211": ("articles_fresh211.jsonl", "f211", 1, 8, []),
    "fresh212": ("articles_fresh212.jsonl", "f212", 1, 7, []),
}


def check_articles(path: Path) -> list[str]:
    problems, ids = [], set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            art = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path.name}:{n}: does not parse ({exc})")
            continue
        if missing := ARTICLE_FIELDS - art.keys():
            problems.append(f"{path.name}:{n}: missing {sorted(missing)}")
        if art.get("id") in ids:
            problems.append(f"{path.name}:{n}: duplicate id {art.get('id')}")
        ids.add(art.get("id"))
        text = art.get("text") or ""
        if not text.strip():
            problems.append(f"{path.name}:{n}: empty text")
        if sum(text.count(c) for c in QUOTE_MARKS) < 2 and not _REPORTS_SPEECH.search(text):
            problems.append(f"{path.name}:{n}: no quotation and no verb of saying")
        if art.get("published") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", art["published"]):
            problems.append(f"{path.name}:{n}: published {art['published']!r} is not YYYY-MM-DD")
    print(f"{path.name}: {len(ids)} articles")
    return problems


def check_quote(q: dict, text: str, where: str, conventions) -> list[str]:
    if set(q) != QUOTE_FIELDS:
        return [f"{where}: fields {sorted(q)}"]
    s, e, c = q["content_start"], q["content_end"], q["content"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        return [f"{where}: bad offsets {s},{e}"]
    problems = []
    if text[s:e] != c:
        problems.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {c!r}")
    if c != c.strip():
        problems.append(f"{where}: content has outer whitespace")
    if q["kind"] not in ("direct", "indirect"):
        problems.append(f"{where}: kind {q['kind']!r}")
    for f in ("speaker", "speaker_mention", "cue"):
        if q[f] is not None and not (isinstance(q[f], str) and q[f].strip()):
            problems.append(f"{where}: {f} must be a non-empty string or null")
    for f in ("speaker_mention", "cue"):
        if q[f] is not None and q[f] not in text and not (f == "cue" and q[f].lower() in text.lower()):
            problems.append(f"{where}: {f} {q[f]!r} not in text")
    problems += [f"{where}: breaks {rule.__name__}: {c!r}" for rule in conventions if not rule(q)]
    return problems


def check_gold(part: str) -> list[str]:
    articles, prefix, first, last, conventions = PARTS[part]
    src = {a["id"]: a["text"] for a in map(json.loads, (HERE / articles).read_text(encoding="utf-8").splitlines())}
    gold = [json.loads(line) for line in (HERE / f"gold_quotes_{part}.jsonl").read_text(encoding="utf-8").splitlines()]
    prefixes = prefix if isinstance(prefix, tuple) else (prefix,)
    lasts = last if isinstance(last, tuple) else (last,) * len(prefixes)
    expected = [f"{p}-{i:02d}" for p, end in zip(prefixes, lasts) for i in range(first, end + 1)
                if f"{p}-{i:02d}" not in TAKEN_OUT]
    problems = [] if [g["id"] for g in gold] == expected else [f"{part}: ids {[g['id'] for g in gold]}"]
    for g in gold:
        if set(g) != {"id", "text", "quotes"}:
            problems.append(f"{g['id']}: fields {sorted(g)}")
        if g["text"] != src.get(g["id"]):
            problems.append(f"{g['id']}: text differs from the input")
        seen = set()
        for k, q in enumerate(g["quotes"]):
            problems += check_quote(q, g["text"], f"{g['id']} #{k}", conventions)
            key = (q.get("kind"), q.get("content_start"), q.get("content_end"), q.get("speaker"))
            if key in seen:
                problems.append(f"{g['id']} #{k}: duplicate span")
            seen.add(key)
        kinds = [q["kind"] for q in g["quotes"]]
        print(f"{g['id']}: direct {kinds.count('direct'):2d}  indirect {kinds.count('indirect'):2d}")
    return problems


def check_figures(name: str, texts: dict[str, str]) -> list[str]:
    """One figures gold file: known ids, each text equal to the input's, the guideline's fields plus
    object and claimant, text[start:end] == surface, numeric value and bounds, trend up/down/null,
    no duplicate span."""
    problems, count = [], 0
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if g["text"] != texts.get(g["id"]):
            problems.append(f"{name} {g['id']}: text differs from the input")
        seen = set()
        for k, q in enumerate(g["quantities"]):
            where = f"{name} {g['id']} #{k}"
            count += 1
            if set(q) != FIGURE_FIELDS:
                problems.append(f"{where}: fields {sorted(q)}")
                continue
            if g["text"][q["start"]:q["end"]] != q["surface"]:
                problems.append(f"{where}: text[{q['start']}:{q['end']}] != {q['surface']!r}")
            if not all(isinstance(q[f], (int, float)) or (f != "value" and q[f] is None) for f in ("value", "lower", "upper")):
                problems.append(f"{where}: value/lower/upper must be numbers (bounds may be null)")
            if q["trend"] not in (None, "up", "down"):
                problems.append(f"{where}: trend {q['trend']!r}")
            if (q["start"], q["end"]) in seen:
                problems.append(f"{where}: duplicate span")
            seen.add((q["start"], q["end"]))
    print(f"{name}: {count} quantities")
    return problems


def main() -> int:
    problems = [p for name in sorted({part[0] for part in PARTS.values()}) for p in check_articles(HERE / name)]
    for part in PARTS:
        problems += check_gold(part)
    quotes = [q for part in PARTS for line in (HERE / f"gold_quotes_{part}.jsonl").read_text(encoding="utf-8").splitlines()
              for q in json.loads(line)["quotes"]]
    texts = {a["id"]: a["text"] for name in sorted({part[0] for part in PARTS.values()})
             for a in map(json.loads, (HERE / name).read_text(encoding="utf-8").splitlines())}
    for name in FIGURE_FILES:
        problems += check_figures(name, texts)
    kinds = [q["kind"] for q in quotes]
    print(f"TOTAL: direct {kinds.count('direct')}, indirect {kinds.count('indirect')}, spans {len(quotes)}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
