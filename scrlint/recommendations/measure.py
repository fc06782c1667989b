"""Whether a recommendation says what outcome is expected or how it will be evidenced."""

from __future__ import annotations

import re

from scrlint.recommendations.clauses import main_action

_MEASURE = re.compile(
    r"\b(?:so\s+that|so\s+as\s+to|in\s+order\s+that|measured|measurable|measures?\s+(?:of|by|will)"
    r"|evidenced|evidence\s+(?:of|that|will|from|showing)|evaluat(?:e|es|ed|ing|ion)"
    r"|(?:impact|success|effectiveness|outcomes?|progress|compliance|improvement|change)s?\s+"
    r"(?:will|should|must|is\s+to|are\s+to)\s+be\s+(?:\w+\s+)?(?:measured|evaluated|assessed"
    r"|monitored|tested|reviewed|reported|shown|demonstrated|evidenced|judged|tracked|audited)"
    r"|to\s+demonstrate|demonstrat(?:e|es|ing)\s+(?:that|the|its|an?|how|improve)"
    r"|test(?:s|ed|ing)?\s+(?:whether|that|if|its|their|the\s+(?:impact|effect|effectiveness)|how)"
    r"|re-?audit\w*|dip[\s-]sampl\w*"
    r"|audit\w*\b[^.;\n]{0,120}?\b(?:show|result|finding|report|whether|compliance|to\s+(?:check"
    r"|test|see|establish|confirm|assess|measure|determine|demonstrate|evidence))"
    r"|report\w*\b[^.;\n]{0,80}?\b(?:results?|findings|outcomes?|progress|compliance|impact"
    r"|data|figures|numbers?|rates?|performance|evidence|effectiveness|uptake|attendance|audit)"
    r"|report\w*\s+(?:on|how|whether|back)\b"
    r"|report\w*\b[^.;\n]{0,80}?\bto\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:partnership|board|lscb|lscp|safeguarding\s+partners|committee|sub-?group|panel"
    r"|executive|governing\s+body|forum)\b"
    r"|targets?\s+(?:of|is|will|for)|with\s+a\s+target|per\s?cent|percentage"
    r"|monitor(?:s|ed|ing)?|survey\w*|feedback\s+from|questionnaire|performance\s+indicators?"
    r"|kpis?|baseline|assurance\s+report|scorecard|dashboard|number\s+of|proportion\s+of"
    r"|impact\s+will|success\s+will|will\s+show|shows?\s+that"
    r"|expected\s+(?:outcomes?|impact|results?)|outcomes?\s+(?:is|are|will|should)\b"
    r"|how\s+(?:we|it|they)\s+will\s+know)"
    r"|\d\s?%",
    re.IGNORECASE,
)


# An evaluation that is the recommendation's own task ("commission an independent evaluation of
# the early help offer", "evaluate the pathway"): it says what to do, not how success will show.
_EVALUATION_TASK = re.compile(
    r"^(?:(?:commission|undertake|carry\s+out|conduct|run|complete|arrange|fund|procure)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?evaluation|evaluate)\b",
    re.IGNORECASE,
)


def has_measure(text: str) -> bool:
    """Whether ``text`` says what outcome is expected or how it will be evidenced.

    An evaluation counts ("and evaluate the training through a case audit") unless it is the
    main action itself ("commission an independent evaluation of the early help offer").
    """
    task = bool(_EVALUATION_TASK.match(main_action(text)))
    for found in _MEASURE.finditer(text):
        if task and found.group().lower().startswith("evaluat"):
            task = False  # the task's own word; a later evaluation still counts
            continue
        return True
    return False
