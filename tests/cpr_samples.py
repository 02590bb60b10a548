"""CPR-number spellings that must be refused and everyday numbers that must
be accepted, shared by the domain, service and CLI tests (the issue's lists).
All numbers are synthetic."""

from __future__ import annotations

# Every spelling the issue found getting through, and the usual ones.
CPR_VARIANTS: tuple[str, ...] = (
    "0101901234",
    "010190-1234",
    "010190 1234",
    "010190 - 1234",
    "010190\u20131234",  # en dash
    "010190\u20141234",  # em dash
    "010190\u20101234",  # hyphen
    "010190\u20111234",  # non-breaking hyphen
    "010190\u20121234",  # figure dash
    "010190\u20151234",  # horizontal bar
    "010190\u22121234",  # minus sign
    "010190.1234",
    "010190/1234",
    "010190  1234",  # two spaces
    "010190\t1234",
    "010190\r\n1234",  # CRLF between the parts
    "010190\n1234",
    "010190\u00a01234",  # no-break space
    "01.01.90-1234",
    "01.01.90 1234",
    "01 01 90 1234",
    "01 01 90-1234",
    "01/01/90 1234",
    "01-01-90-1234",
    "0101\u200b901234",  # zero-width space inside
    "01019\u200d0-1234",  # zero-width joiner
    "0101\u00ad90-1234",  # soft hyphen
    "\ufeff0101901234",
    "\u2070\u00b9\u2070\u00b9\u2079\u2070\u00b9\u00b2\u00b3\u2074",  # superscript digits
    "\uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14",  # full-width digits
    "\u0660\u0661\u0660\u0661\u0669\u0660-\u0661\u0662\u0663\u0664",  # Arabic-Indic digits
    "\u0966\u0967\u0966\u0967\u096f\u0966\u0967\u0968\u0969\u096a",  # Devanagari digits
    "cpr 311299-4321",
    "cpr0101901234",
    "Hun oplyste 15.08.23 1234 ved skranken",
    "290200-1234",  # 29 February 2000
)

# Everyday numbers in the forms: phone numbers, dates, amounts, house numbers,
# postcodes, case and account numbers. None may be refused.
EVERYDAY_NUMBERS: tuple[str, ...] = (
    "28 18 12 87",
    "28181287",
    "2818 1287",
    "28-18-12-87",
    "28.18.12.87",
    "+45 28181287",
    "+45 28 18 12 87",
    "+4528181287",
    "0045 28181287",
    "(+45) 28 18 12 87",
    "Ring 20 12 34 56 eller 39 57 00 00",
    "+20 1012345678",
    "+46 70 123 45 67",
    "01.01.1990",
    "1. januar 1990",
    "2026-11-27",
    "27.11.2026",
    "27/11-2026",
    "27-11-2026",
    "mødet 27.11.26 kl. 14.00",
    "fra 01.12.2026 til 31.12.2026",
    "1.234,50 kr.",
    "12.345 kr.",
    "kr. 1.234.567,89",
    "DKK 250,-",
    "husleje 7.450 kr. om måneden",
    "Høje Gladsaxe 34, 3. tv",
    "Høje Gladsaxe 12, st. th.",
    "Gladsaxevej 234B, 1. sal",
    "2860 Søborg",
    "2860",
    "Sag 2026-1234",
    "sagsnr. 24/12345",
    "j.nr. 2026-0042-17",
    "Konto 1234-1234567890",
    "reg. 1234 konto 0001234567",
    "IBAN DK50 0040 0440 1162 43",
    "EAN 5790001234567",
    "Ordre 123456-7890",
    "320190-1234",
    "011390-1234",
    "290201-1234",
    "01019012345",
    "12345678901234",
    "010190",
    "1990",
    "2023-1234",
    "kl. 09:30-12:00",
    "lejlighed 3 værelser, 78 m²",
    "bus 200S kl. 8.15",
    "3 børn på 4, 7 og 12 år",
    "MitID 123-456-789",
    "tlf. 44 44 44 44",
    "4444 4444",
    "Kvittering 0042 1337",
    "SMS til 1919",
)
