#include "backend/BackendJob.h"

#include <algorithm>

#include <cups/cups.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace pv::backend {

namespace {

// An IPP keyword option, or the PPD option of our printvault.ppd that stands for it.
struct OptionMap
{
    const char *ippName;
    const char *ppdName;
    std::vector<std::pair<const char *, const char *>> ppdToIpp; // PPD choice -> IPP keyword
    std::vector<const char *> ippValues;                         // what the capture printer takes
};

const OptionMap SidesMap{"sides",
                         "Duplex",
                         {{"None", "one-sided"},
                          {"DuplexNoTumble", "two-sided-long-edge"},
                          {"DuplexTumble", "two-sided-short-edge"}},
                         {"one-sided", "two-sided-long-edge", "two-sided-short-edge"}};
const OptionMap ColorMap{"print-color-mode",
                         "ColorModel",
                         {{"RGB", "color"}, {"Gray", "monochrome"}},
                         {"auto", "color", "monochrome"}};

bool listed(const std::vector<const char *> &values, const char *value)
{
    for (const char *v : values) {
        if (std::strcmp(v, value) == 0)
            return true;
    }
    return false;
}

// The IPP value first (lp -o sides=…, or what cupsd derived from it), then the PPD choice a
// print dialog picked; empty when neither was given. Unknown values go to *notes.
std::string mapped(const OptionMap &map, int count, cups_option_t *options, std::vector<std::string> *notes)
{
    if (const char *ipp = cupsGetOption(map.ippName, count, options)) {
        if (listed(map.ippValues, ipp))
            return ipp;
        notes->push_back(std::string(map.ippName) + "=" + ipp);
    }
    if (const char *ppd = cupsGetOption(map.ppdName, count, options)) {
        for (const auto &[choice, keyword] : map.ppdToIpp) {
            if (std::strcmp(choice, ppd) == 0)
                return keyword;
        }
        notes->push_back(std::string(map.ppdName) + "=" + ppd);
    }
    return std::string();
}

// media=A4, media=iso_a4_210x297mm or PageSize=Letter; the first part of "A4,Tray1" that names
// a size. The capture printer's own list decides what it takes.
std::string mappedMedia(int count, cups_option_t *options, std::vector<std::string> *notes)
{
    for (const char *name : {"media", "PageSize", "media-size-name"}) {
        const char *value = cupsGetOption(name, count, options);
        if (!value)
            continue;
        std::string rest = value;
        while (!rest.empty()) {
            const size_t comma = rest.find(',');
            const std::string part = rest.substr(0, comma);
            rest = comma == std::string::npos ? std::string() : rest.substr(comma + 1);
            const pwg_media_t *pwg = pwgMediaForPWG(part.c_str());
            if (!pwg)
                pwg = pwgMediaForLegacy(part.c_str());
            if (!pwg)
                pwg = pwgMediaForPPD(part.c_str());
            if (pwg && pwg->pwg)
                return pwg->pwg;
        }
        notes->push_back(std::string(name) + "=" + value);
    }
    return std::string();
}

bool parsePositive(const char *text, int max, int *out)
{
    if (!text || !*text)
        return false;
    errno = 0;
    char *end = nullptr;
    const long v = std::strtol(text, &end, 10);
    if (errno != 0 || *end != '\0' || v < 1 || v > max)
        return false;
    *out = int(v);
    return true;
}

} // namespace

std::string documentFormatFor(const char *contentType)
{
    if (!contentType || !*contentType || std::strncmp(contentType, "printer/", 8) == 0 ||
        std::strcmp(contentType, "application/vnd.cups-raw") == 0)
        return "application/octet-stream";
    // CUPS's own names for the formats after pdftopdf or pstops, should a filter run.
    if (std::strcmp(contentType, "application/vnd.cups-pdf") == 0)
        return "application/pdf";
    if (std::strcmp(contentType, "application/vnd.cups-postscript") == 0)
        return "application/postscript";
    return contentType;
}

bool parsePageRanges(const std::string &text, std::vector<std::pair<int, int>> *ranges)
{
    std::vector<std::pair<int, int>> out;
    size_t pos = 0;
    while (pos <= text.size()) {
        const size_t comma = text.find(',', pos);
        const std::string part =
            text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        const size_t dash = part.find('-');
        int lower = 0;
        int upper = 0;
        if (dash == std::string::npos) {
            if (!parsePositive(part.c_str(), INT_MAX, &lower))
                return false;
            upper = lower;
        } else {
            const std::string first = part.substr(0, dash);
            const std::string last = part.substr(dash + 1);
            if (!parsePositive(first.c_str(), INT_MAX, &lower))
                return false;
            upper = INT_MAX; // "7-": to the end
            if (!last.empty() && !parsePositive(last.c_str(), INT_MAX, &upper))
                return false;
        }
        if (lower > upper || (!out.empty() && lower <= out.back().second))
            return false;
        out.emplace_back(lower, upper);
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    if (out.empty())
        return false;
    *ranges = std::move(out);
    return true;
}

ParsedArguments parseArguments(int argc, const char *const *argv, const char *contentType)
{
    ParsedArguments parsed;
    if (argc != 6 && argc != 7) {
        parsed.error = "Usage: printvault job-id user title copies options [file]";
        return parsed;
    }
    JobTicket &t = parsed.ticket;
    if (!parsePositive(argv[1], INT_MAX, &t.cupsJobId)) {
        parsed.error = std::string("Bad job-id \"") + argv[1] + "\"";
        return parsed;
    }
    t.user = argv[2];
    if (t.user.empty()) {
        parsed.error = "The job has no user";
        return parsed;
    }
    t.title = argv[3];
    if (!parsePositive(argv[4], 999, &t.copies)) {
        parsed.error = std::string("Bad copies \"") + argv[4] + "\" (1 to 999)";
        return parsed;
    }
    if (argc == 7)
        t.file = argv[6];
    t.documentFormat = documentFormatFor(contentType);

    cups_option_t *options = nullptr;
    const int count = cupsParseOptions(argv[5], 0, &options);
    t.sides = mapped(SidesMap, count, options, &parsed.notes);
    t.colorMode = mapped(ColorMap, count, options, &parsed.notes);
    t.media = mappedMedia(count, options, &parsed.notes);
    if (const char *hold = cupsGetOption("job-hold-until", count, options)) {
        if (std::strcmp(hold, "no-hold") == 0 || std::strcmp(hold, "indefinite") == 0)
            t.holdUntil = hold;
        else
            parsed.notes.push_back(std::string("job-hold-until=") + hold);
    }
    if (const char *ranges = cupsGetOption("page-ranges", count, options)) {
        if (!parsePageRanges(ranges, &t.pageRanges))
            parsed.notes.push_back(std::string("page-ranges=") + ranges);
    }
    cupsFreeOptions(count, options);
    parsed.ok = true;
    return parsed;
}

std::string statusLine(const char *prefix, const std::string &text)
{
    // Cut before a character, never inside one: back off while the first byte left out
    // continues the character before it.
    size_t end = std::min(text.size(), StatusTextMax);
    while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    std::string clean = text.substr(0, end);
    for (char &c : clean) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            c = ' ';
    }
    return std::string(prefix) + ' ' + clean + '\n';
}

} // namespace pv::backend
