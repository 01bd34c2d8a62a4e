#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Writes small, valid PDFs by hand (no GUI needed), so tests control every byte: page count,
// which pages carry colour, a marker string in the page text, and optional bulk image data.
namespace pv::test {

struct PdfPage
{
    bool colour = false;
    QString text;       // drawn with Helvetica, uncompressed, so it is greppable in the file
    int imageBytes = 0; // an uncompressed greyscale noise image of about this size, drawn on the page
    int rotate = 0;     // the page's /Rotate: 90 shows the A4 portrait page as landscape
};

// `headerComment`: lines (each starting with %) put right after the header, offsets kept right.
QByteArray buildPdf(const QList<PdfPage> &pages, const QByteArray &headerComment = QByteArray());
// "MCM" -> three pages, the middle one in colour, each carrying marker.
QByteArray buildPdf(const QString &colourPattern, const QString &marker);
// A held PDF that makes the worker which draws it (release's --render, the tray's --preview)
// fail in `mode`: "crash", "hang", "spin" or "memory" (the worker's fault switch of test builds,
// worker/FaultInjection.h, in a PDF comment: conversion holds it as it is).
QByteArray renderFault(const char *mode);

} // namespace pv::test
