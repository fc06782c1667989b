"""English forms whose spelling does not begin with their lemma ("led" is "lead").

The prefilter (``prefilter.py``) decides from the raw text whether a sentence could contain a
concept's words in any form. Regular forms share a prefix with the lemma ("managed",
"manages"); the forms here do not, so they are listed. The list is closed: English irregular
verbs, irregular plurals and the forms spaCy lemmatises across spelling (contractions,
comparatives). A missing form would only cost recall, which the labelled sets would show.
"""

from __future__ import annotations

_VERBS = """
arise arose arisen|awake awoke awoken|be am is are was were been being 's 'm 're ’s ’m ’re
bear bore borne born|beat beaten|become became|begin began begun|bend bent|bet|bid
bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred
bring brought|build built|burn burnt|burst|buy bought|can cannot ca could|cast
catch caught|choose chose chosen|cling clung|come came|cost|creep crept|cut|deal dealt
dig dug|do did done does doing|draw drew drawn|dream dreamt|drink drank drunk
drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought
find found|flee fled|fly flew flown flies|forbid forbade forbidden|forget forgot forgotten
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone goes
grind ground|grow grew grown|hang hung|have has had having 've ’ve 'd ’d|hear heard|hide hid hidden
hit|hold held|hurt|keep kept|kneel knelt|know knew known|lay laid|lead led|lean leant
leap leapt|learn learnt|leave left|lend lent|let|lie lay lain lying lies|light lit|lose lost
make made|may might|mean meant|meet met|mislead misled|mistake mistook mistaken
misunderstand misunderstood|oversee oversaw overseen|overcome overcame|overhear overheard
overlook|overtake overtook overtaken|pay paid|prove proven|put|quit|read|rid|ride rode ridden
ring rang rung|rise rose risen|run ran|say said|see saw seen|seek sought|sell sold|send sent
set|sew sewn|shake shook shaken|shall should|shed|shine shone|shoot shot|show shown
shrink shrank shrunk
shut|sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken
speed sped|spell spelt|spend spent|spill spilt|spin spun|spit spat|split|spoil spoilt
spread|spring sprang sprung|stand stood|steal stole stolen|stick stuck|sting stung
stink stank stunk|strike struck|strive strove striven|swear swore sworn|sweep swept
swim swam swum|swing swung|take took taken|teach taught|tear tore torn|tell told
think thought|throw threw thrown|thrust|tie tying|understand understood|undergo underwent undergone
undertake undertook undertaken|upset|wake woke woken|wear wore worn|weave wove woven
weep wept|will wo 'll ’ll would|win won|wind wound|withdraw withdrew withdrawn
withhold withheld|withstand withstood|write wrote written|die dying|not n't n’t cannot
"""

_OTHERS = """
man men|woman women|person people|child children|foot feet|tooth teeth|mouse mice
goose geese|wife wives|life lives|knife knives|half halves|leaf leaves|self selves
shelf shelves|wolf wolves|thief thieves|calf calves|good better best|bad worse worst
well better best|far further farther furthest|little less least|many more most|much more most
i me my|we us our|he him his|she her hers|they them their
"""


def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for group in (_VERBS + _OTHERS).replace("\n", "|").split("|"):
        words = group.split()
        if words:
            table[words[0]] = (*table.get(words[0], ()), *words[1:])
    return table


IRREGULAR: dict[str, tuple[str, ...]] = _table()
