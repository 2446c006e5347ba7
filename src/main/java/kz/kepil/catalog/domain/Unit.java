package kz.kepil.catalog.domain;

/** What one unit of a classifier type is: guaranteed sums, prices and norms count in it. */
public enum Unit {
    PIECE, PAIR, SET, PACK, HOUR, DAY, COURSE, MONTH
}
