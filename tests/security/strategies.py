"""Hypothesis strategies for hostile input: what an attacker or a broken client sends."""

from __future__ import annotations

from hypothesis import strategies as st

XSS = '<script>alert("x")</script>'
PAYLOADS = (
    XSS,
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "</textarea><script>alert(1)</script>",
    "{{ 7|add:7 }}{% debug %}",
    "${7*7}",
    "'; DROP TABLE clinics_clinic; --",
    "1' OR '1'='1",
    '" OR 1=1 --',
    "1; SELECT pg_sleep(5)",
    "%00",
    "\x00",
    "../../../../etc/passwd",
    "\u202eevil\u202c",
    "\ufeff",
    "\r\nSet-Cookie: x=1",
    "Ω≈ç√∫˜µ≤≥÷",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍⚕️ 字",
    "   ",
    "",
)
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
CONTROL = "".join(chr(code) for code in (*range(32), 0x7F, 0x85, 0x2028, 0x2029))
NUMBERISH = (
    "-1",
    "0",
    "1e309",
    "-1e309",
    "NaN",
    "inf",
    "99999999999999999999999999",
    "0.000000001",
    "1,000",
    "１２",
    "0x10",
    "1_000",
    "true",
    "null",
    "[]",
    "{}",
    "2026-02-30",
    "9999-12-31",
    "0001-01-01",
)

# Any text a UTF-8 form can carry: every code point but lone surrogates.
any_text = st.text(st.characters(codec="utf-8"), max_size=300)
nasty_text = st.text(st.sampled_from(BIDI + CONTROL + "<>\"'&;`%\\/{}$"), max_size=60)
long_text = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from(["A", "é", "<", "\u202e", "字", "👩‍⚕️", XSS]),
    st.integers(min_value=250, max_value=40_000),
)
hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    st.sampled_from(NUMBERISH),
    any_text,
    nasty_text,
    long_text,
    st.builds(lambda a, b: a + b, st.sampled_from(PAYLOADS), any_text),
)
