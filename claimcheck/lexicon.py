"""Word lists shared by the parser and the entity finder."""

# Capitalised words after which a number is still a quantity ("Over 20,000",
# "In 2025", "June 2026"); after any other capitalised word it is part of a
# name ("Llama 3", "ERNIE 4.0", "Ascend 910B").
NAME_STOPWORDS = frozenset(
    """
    the a an and or but nor in on at by for from to of over under about around nearly almost roughly
    approximately some only just more less fewer than up above below between since until after before
    with without within across per each every all top no not number vs versus plus minus approx est
    another other exactly least most among like as if when while where its their his her our your my
    these those this that which who what there here it we they he she you i is are was were be been has
    have had will would could should may might can do does did also still now then so yet including
    totaling reaching reached hit hits many several few both either neither once twice by via nearly
    circa some page table figure chapter step phase level tier rank version equals equal exceeding
    surpassing jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december monday tuesday wednesday thursday friday saturday
    sunday fy q h
""".split()
)

MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
