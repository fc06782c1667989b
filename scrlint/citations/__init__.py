"""What the CIT rules share: the table of real instruments and eras (``table``), finding
citations in prose (``finder``), sentences and dates around them, framing words, and a report's
era."""
