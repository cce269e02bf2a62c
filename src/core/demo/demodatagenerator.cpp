#include "demo/demodatagenerator.h"

#include "browse/applicationsearchindex.h"
#include "db/bulkwritecache.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/applicationstatus.h"
#include "repositories/applicantrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <random>
#include <vector>

namespace {

using S = ApplicationStatus;
constexpr int StatusCount = static_cast<int>(S::NotSeeking) + 1;

constexpr qint64 Second = 1000;
constexpr qint64 Hour = 3600 * Second;
constexpr qint64 Day = 24 * Hour;

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoDataGenerator", text);
}

// Text columns are NOT NULL DEFAULT '': a null QString would be bound as NULL.
QString orEmpty(const QString &value)
{
    static const QString empty = QStringLiteral("");
    return value.isNull() ? empty : value;
}

// ---------------------------------------------------------------------------------------------
// Randomness. Uniform choices are computed from raw engine output: the standard distributions
// differ between standard libraries, which would break "same seed, same rows".

// Each application draws from its own tiny SplitMix64 stream, so that it can be generated
// twice from one 64-bit seed: once to sort applications by time, once to write them.
struct SplitMix64
{
    quint64 state;
    quint64 operator()()
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
};

template <typename Engine> class Dice
{
public:
    explicit Dice(Engine engine) : m_engine(std::move(engine)) {}

    quint64 raw() { return static_cast<quint64>(m_engine()); }
    // [0, n)
    qint64 below(qint64 n)
    {
        return n <= 1 ? 0 : static_cast<qint64>(raw() % static_cast<quint64>(n));
    }
    // [lo, hi]
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    double unit() { return static_cast<double>(raw() >> 11) * 0x1.0p-53; }
    double real(double lo, double hi) { return lo + (hi - lo) * unit(); }
    bool chance(double p) { return unit() < p; }
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }
    template <typename T> const T &pick(const std::vector<T> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<qint64>(items.size())))];
    }

private:
    Engine m_engine;
};

using MainDice = Dice<std::mt19937_64>;
using SlotDice = Dice<SplitMix64>;

// ---------------------------------------------------------------------------------------------
// Dates. Timestamp::format's text, without a QDateTime per row: ten million rows make it count.

void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    // Howard Hinnant's days_from_civil inverse, exact for the proleptic Gregorian calendar.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void putNumber(char *at, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

qint64 dayOf(qint64 ms)
{
    return ms >= 0 ? ms / Day : (ms - Day + 1) / Day;
}

void putDate(char *text, qint64 day)
{
    int y = 0, m = 0, d = 0;
    civilFromDays(day, y, m, d);
    putNumber(text, y, 4);
    text[4] = '-';
    putNumber(text + 5, m, 2);
    text[7] = '-';
    putNumber(text + 8, d, 2);
}

QString dateText(qint64 day)
{
    char text[10];
    putDate(text, day);
    return QString::fromLatin1(text, 10);
}

QString timestampText(qint64 ms)
{
    const qint64 day = dayOf(ms);
    const qint64 rest = ms - day * Day;
    char text[24];
    putDate(text, day);
    text[10] = 'T';
    putNumber(text + 11, rest / Hour, 2);
    text[13] = ':';
    putNumber(text + 14, rest / 60000 % 60, 2);
    text[16] = ':';
    putNumber(text + 17, rest / 1000 % 60, 2);
    text[19] = '.';
    putNumber(text + 20, rest % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

// Cohorts start on Mondays (1970-01-01 was a Thursday).
qint64 mondayOnOrBefore(qint64 day)
{
    return day - ((day + 3) % 7 + 7) % 7;
}

// ---------------------------------------------------------------------------------------------
// Pools.

struct TrackInfo
{
    const char *code;
    const char *name;
    int weeks;
    int weight; // share of the applications
};

constexpr TrackInfo Tracks[] = {
    {"SWE", "Software Engineering", 24, 24}, {"WEB3", "Full-Stack Web3", 20, 8},
    {"CYB", "Cyber Security", 24, 13},       {"DA", "Data Analytics", 16, 15},
    {"UX", "UX/UI Design", 16, 11},          {"OPS", "Cloud & DevOps", 20, 10},
    {"AI", "AI & Machine Learning", 24, 12}, {"QA", "Software Testing & QA", 12, 7},
};
constexpr int TrackCount = static_cast<int>(std::size(Tracks));

// Given names are "Name|ascii|f or m"; family names are "Name|ascii" or, where the form
// follows gender, "Male|Female|asciiMale|asciiFemale". The ASCII forms make the emails.
struct CultureInfo
{
    const char *country;
    const char *dialCode;
    int weight;
    const char *zones;
    const char *given;
    const char *family;
};

// clang-format off
constexpr CultureInfo Cultures[] = {
    {"United States", "1", 16, "America/New_York America/Chicago America/Denver America/Los_Angeles America/Phoenix",
     "Emily|emily|f;Michael|michael|m;Jamal|jamal|m;Ashley|ashley|f;Tyler|tyler|m;Destiny|destiny|f;Christopher|christopher|m;Madison|madison|f",
     "Johnson|johnson;Smith|smith;Washington|washington;Nguyen|nguyen;Williams|williams;Rodriguez|rodriguez;Kim|kim"},
    {"India", "91", 10, "Asia/Kolkata",
     "Siddharth|siddharth|m;Priya|priya|f;Ananya|ananya|f;Arjun|arjun|m;Rohan|rohan|m;Kavya|kavya|f",
     "Iyer|iyer;Sharma|sharma;Reddy|reddy;Banerjee|banerjee;Nair|nair;Gupta|gupta"},
    {"Germany", "49", 7, "Europe/Berlin",
     "Zoë|zoe|f;Jürgen|jurgen|m;Lena|lena|f;Maximilian|maximilian|m;Jörg|jorg|m;Lea-Sophie|lea-sophie|f",
     "Müller|muller;Schröder|schroder;Weiß|weiss;Becker|becker;Groß|gross;von Bülow|vonbulow"},
    {"Spain", "34", 6, "Europe/Madrid Atlantic/Canary",
     "José|jose|m;Lucía|lucia|f;Álvaro|alvaro|m;María José|mariajose|f;Iñigo|inigo|m;Begoña|begona|f",
     "García|garcia;Fernández|fernandez;Martínez|martinez;Núñez|nunez;López-Ibáñez|lopez-ibanez;Muñoz|munoz"},
    {"Brazil", "55", 6, "America/Sao_Paulo America/Manaus",
     "João|joao|m;Ana|ana|f;Thiago|thiago|m;Letícia|leticia|f;Vitória|vitoria|f;Luís|luis|m",
     "Silva|silva;Gonçalves|goncalves;Araújo|araujo;Conceição|conceicao;Simões|simoes"},
    {"Nigeria", "234", 6, "Africa/Lagos",
     "Olúwaseun|oluwaseun|m;Chiamaka|chiamaka|f;Ngozi|ngozi|f;Emeka|emeka|m;Folake|folake|f;Ìbùkún|ibukun|f",
     "Adébáyọ̀|adebayo;Okonkwo|okonkwo;Ògúnlànà|ogunlana;Eze|eze;Balogun|balogun"},
    {"United Kingdom", "44", 6, "Europe/London",
     "Oliver|oliver|m;Amelia|amelia|f;Harry|harry|m;Isla|isla|f;Priyanka|priyanka|f;Kwame|kwame|m",
     "Jones|jones;Patel|patel;Evans|evans;Taylor|taylor;Clarke|clarke;Mensah|mensah"},
    {"Poland", "48", 5, "Europe/Warsaw",
     "Łukasz|lukasz|m;Małgorzata|malgorzata|f;Paweł|pawel|m;Zofia|zofia|f;Wojciech|wojciech|m;Agnieszka|agnieszka|f",
     "Nowak|nowak;Wiśniewski|Wiśniewska|wisniewski|wisniewska;Wójcik|wojcik;Kowalczyk|kowalczyk;Lewandowski|Lewandowska|lewandowski|lewandowska;Dąbrowski|Dąbrowska|dabrowski|dabrowska"},
    {"France", "33", 5, "Europe/Paris",
     "Chloé|chloe|f;Théo|theo|m;Zoé|zoe|f;François|francois|m;Anaïs|anais|f;Jérôme|jerome|m",
     "Lefèvre|lefevre;Dubois|dubois;Bénard|benard;Gauthier|gauthier;Lemaître|lemaitre"},
    {"Mexico", "52", 5, "America/Mexico_City America/Tijuana",
     "Alejandro|alejandro|m;Ximena|ximena|f;Sofía|sofia|f;Jesús|jesus|m;Guadalupe|guadalupe|f",
     "Hernández|hernandez;González|gonzalez;Rodríguez|rodriguez;Peña|pena;Ochoa|ochoa"},
    {"Turkey", "90", 4, "Europe/Istanbul",
     "İlkay|ilkay|f;Çağla|cagla|f;Emre|emre|m;Şule|sule|f;Oğuz|oguz|m;Barış|baris|m",
     "Çelik|celik;Yılmaz|yilmaz;Öztürk|ozturk;Şahin|sahin;Doğan|dogan;Aydın|aydin"},
    {"Vietnam", "84", 4, "Asia/Ho_Chi_Minh",
     "Thị Trần|thitran|f;Thị Mai|thimai|f;Văn Minh|vanminh|m;Thu Trang|thutrang|f;Đức Anh|ducanh|m",
     "Nguyễn|nguyen;Trần|tran;Lê|le;Phạm|pham;Đặng|dang"},
    {"Canada", "1", 4, "America/Toronto America/Vancouver America/Halifax",
     "Élodie|elodie|f;Mathieu|mathieu|m;Liam|liam|m;Ava|ava|f;Gabrielle|gabrielle|f",
     "Tremblay|tremblay;Gagnon|gagnon;Roy|roy;MacDonald|macdonald;Côté|cote"},
    {"Ireland", "353", 3, "Europe/Dublin",
     "Aoife|aoife|f;Seán|sean|m;Niamh|niamh|f;Ciarán|ciaran|m;Siobhán|siobhan|f;Pádraig|padraig|m",
     "O'Brien|obrien;Murphy|murphy;Ó Súilleabháin|osuilleabhain;McCarthy|mccarthy;O'Connor|oconnor"},
    {"Japan", "81", 3, "Asia/Tokyo",
     "美咲|misaki|f;翔太|shota|m;陽菜|hina|f;蓮|ren|m;結衣|yui|f;大翔|hiroto|m",
     "山田|yamada;佐藤|sato;鈴木|suzuki;高橋|takahashi;渡辺|watanabe"},
    {"China", "86", 3, "Asia/Shanghai",
     "伟|wei|m;静|jing|f;浩然|haoran|m;欣怡|xinyi|f;子涵|zihan|f",
     "李|li;王|wang;张|zhang;刘|liu;陈|chen"},
    {"South Korea", "82", 3, "Asia/Seoul",
     "지훈|jihoon|m;서연|seoyeon|f;민준|minjun|m;하은|haeun|f",
     "김|kim;이|lee;박|park;최|choi"},
    {"Egypt", "20", 3, "Africa/Cairo",
     "محمد|mohamed|m;فاطمة|fatma|f;يوسف|youssef|m;نور|nour|f;مريم|mariam|f",
     "حسن|hassan;علي|ali;إبراهيم|ibrahim;السيد|elsayed"},
    {"Australia", "61", 3, "Australia/Sydney Australia/Melbourne Australia/Perth Australia/Brisbane",
     "Olivia|olivia|f;Jack|jack|m;Charlotte|charlotte|f;Lachlan|lachlan|m",
     "Wilson|wilson;Brown|brown;Singh|singh;Anderson|anderson"},
    {"Greece", "30", 2, "Europe/Athens",
     "Αλέξανδρος|alexandros|m;Μαρία|maria|f;Νίκος|nikos|m;Ελένη|eleni|f;Δημήτρης|dimitris|m;Κατερίνα|katerina|f",
     "Παπαδόπουλος|Παπαδοπούλου|papadopoulos|papadopoulou;Γεωργίου|georgiou;Οικονόμου|oikonomou;Καραγιάννης|Καραγιάννη|karagiannis|karagianni"},
    {"Bulgaria", "359", 2, "Europe/Sofia",
     "Юлия|yuliya|f;Иван|ivan|m;Мария|mariya|f;Георги|georgi|m;Десислава|desislava|f",
     "Иванов|Иванова|ivanov|ivanova;Петров|Петрова|petrov|petrova;Соколов|Соколова|sokolov|sokolova;Димитров|Димитрова|dimitrov|dimitrova"},
    {"Norway", "47", 2, "Europe/Oslo",
     "Søren|soren|m;Åse|ase|f;Ingrid|ingrid|f;Bjørn|bjorn|m;Sigrid|sigrid|f;Ørjan|orjan|m",
     "Ødegård|odegard;Hansen|hansen;Bråten|braten;Løvlie|lovlie;Nygård|nygard"},
};
// clang-format on

struct GivenName
{
    QString text;
    QString ascii;
    bool female = false;
};

struct FamilyName
{
    QString male;
    QString female;
    QString asciiMale;
    QString asciiFemale;
};

struct Culture
{
    QString country;
    QString dialCode;
    QStringList zones;
    std::vector<GivenName> given;
    std::vector<FamilyName> family;
};

struct Person
{
    QString first;
    QString last;
    QString asciiFirst;
    QString asciiLast;
    const Culture *culture = nullptr;
};

std::vector<Culture> loadCultures()
{
    std::vector<Culture> cultures;
    for (const CultureInfo &info : Cultures) {
        Culture culture;
        culture.country = QString::fromUtf8(info.country);
        culture.dialCode = QString::fromLatin1(info.dialCode);
        culture.zones = QString::fromLatin1(info.zones).split(QLatin1Char(' '));
        for (const QString &entry : QString::fromUtf8(info.given).split(QLatin1Char(';'))) {
            const QStringList parts = entry.split(QLatin1Char('|'));
            culture.given.push_back({parts[0], parts[1], parts[2] == QLatin1String("f")});
        }
        for (const QString &entry : QString::fromUtf8(info.family).split(QLatin1Char(';'))) {
            const QStringList p = entry.split(QLatin1Char('|'));
            culture.family.push_back(p.size() == 4 ? FamilyName{p[0], p[1], p[2], p[3]}
                                                   : FamilyName{p[0], p[0], p[1], p[1]});
        }
        cultures.push_back(std::move(culture));
    }
    return cultures;
}

template <typename Engine>
const Culture &pickCulture(Dice<Engine> &dice, const std::vector<Culture> &cultures)
{
    static const int total = [] {
        int sum = 0;
        for (const CultureInfo &info : Cultures)
            sum += info.weight;
        return sum;
    }();
    qint64 roll = dice.below(total);
    for (std::size_t i = 0; i < cultures.size(); ++i) {
        if (roll < Cultures[i].weight)
            return cultures[i];
        roll -= Cultures[i].weight;
    }
    return cultures.back();
}

template <typename Engine>
Person pickPerson(Dice<Engine> &dice, const std::vector<Culture> &cultures)
{
    const Culture &culture = pickCulture(dice, cultures);
    const GivenName &given = dice.pick(culture.given);
    const FamilyName &family = dice.pick(culture.family);
    return Person{given.text, given.female ? family.female : family.male, given.ascii,
                  given.female ? family.asciiFemale : family.asciiMale, &culture};
}

constexpr const char *Sources[] = {"Google Ads", "LinkedIn",   "Instagram",          "TikTok",
                                   "YouTube",    "Referral",   "Career fair",        "Podcast",
                                   "Search",     "Newsletter", "Partner university", "Meetup"};
constexpr int ReferralSource = 5;
constexpr int PaidSources = 5; // the first five run campaigns

constexpr const char *Referrers[] = {"Alumni referral programme", "Friend or colleague",
                                     "Employer partner", "Student ambassador"};
constexpr const char *Notes[] = {"Prefers calls after 6 pm local time.",
                                 "Asked about a laptop loan.", "Needs a visa support letter.",
                                 "Asked about financing and instalments.",
                                 "Works shifts; evening cohort preferred."};
constexpr const char *NotQualifiedReasons[] = {
    "Interview score below the admission threshold", "Did not complete the technical assessment",
    "Cannot commit the hours the program needs", "English level below what the program needs"};
constexpr const char *WithdrawnReasons[] = {"Chose another program", "Financial reasons",
                                            "No answer after three follow-ups",
                                            "Personal circumstances", "Took a job offer"};
constexpr const char *DeclinedReasons[] = {"Start date does not suit",
                                           "Could not arrange financing", "Accepted a job offer",
                                           "Chose a different bootcamp"};
constexpr const char *DroppedReasons[] = {"Could not keep up with the workload", "Health reasons",
                                          "Family commitments", "Started a full-time job"};
constexpr const char *RefundedReasons[] = {"Money-back guarantee within the 14-day window",
                                           "Pro-rata refund after the window",
                                           "Program not what the student expected"};
constexpr const char *CallSummaries[] = {
    "Intro call: goals and schedule", "Call about financing options",
    "Follow-up call after the screening", "Call: questions about the job guarantee"};
constexpr const char *EmailSummaries[] = {"Sent the syllabus", "Sent the interview invitation",
                                          "Reminder about open documents",
                                          "Sent the enrolment contract"};
constexpr const char *NoteSummaries[] = {"Wants to switch careers from retail",
                                         "Has a strong portfolio", "Asked to be called back later",
                                         "Interested in the part-time option"};

template <typename Engine, std::size_t N>
QString pickText(Dice<Engine> &dice, const char *const (&texts)[N])
{
    return QString::fromUtf8(texts[dice.below(static_cast<qint64>(N))]);
}

// ---------------------------------------------------------------------------------------------
// The plan: cohorts with how many applications of each status they get.

enum class Kind : quint8
{
    Completed,
    Started,
    Upcoming,
    Draft,
    Cancelled
};

struct CohortPlan
{
    int track = 0;
    Kind kind = Kind::Upcoming;
    bool full = false;
    qint64 startDay = 0;
    qint64 endDay = 0;
    int capacity = 0;
    int holdDays = 7;
    int refundWindowDays = 14;
    std::array<int, StatusCount> counts{};
    qint64 id = 0;
    QString name;

    int total() const
    {
        int sum = 0;
        for (int c : counts)
            sum += c;
        return sum;
    }
    QString state() const
    {
        switch (kind) {
        case Kind::Completed:
            return QStringLiteral("completed");
        case Kind::Started:
            return QStringLiteral("started");
        case Kind::Draft:
            return QStringLiteral("draft");
        case Kind::Cancelled:
            return QStringLiteral("cancelled");
        case Kind::Upcoming:
            break;
        }
        return full ? QStringLiteral("full") : QStringLiteral("open");
    }
};

int &count(CohortPlan &cohort, S status)
{
    return cohort.counts[static_cast<std::size_t>(status)];
}

int count(const CohortPlan &cohort, S status)
{
    return cohort.counts[static_cast<std::size_t>(status)];
}

// Student outcomes and the applicants who never got a seat, in proportions typical of a
// bootcamp: about three applications per student.
void planCohort(CohortPlan &c, MainDice &dice)
{
    auto part = [&](int total, double lo, double hi) {
        return std::max(0, static_cast<int>(std::lround(total * dice.real(lo, hi))));
    };
    auto exits = [&](int students) {
        count(c, S::NotQualified) = part(students, 0.6, 1.1);
        count(c, S::Withdrawn) = part(students, 0.5, 0.9);
        count(c, S::Declined) = part(students, 0.15, 0.3);
    };
    const int capacity = c.capacity;
    switch (c.kind) {
    case Kind::Completed: {
        const int students = std::max(1, part(capacity, 0.7, 1.0));
        const int dropped = part(students, 0.03, 0.10);
        const int refunded = part(students, 0.02, 0.07);
        const int graduates = students - dropped - refunded;
        const int placed = part(graduates, 0.5, 0.7);
        const int searching = part(graduates, 0.08, 0.18);
        const int notSeeking = part(graduates, 0.04, 0.10);
        count(c, S::Dropped) = dropped;
        count(c, S::Refunded) = refunded;
        count(c, S::Placed) = placed;
        count(c, S::JobSearch) = searching;
        count(c, S::NotSeeking) = notSeeking;
        count(c, S::Graduated) = std::max(0, graduates - placed - searching - notSeeking);
        exits(students);
        break;
    }
    case Kind::Started: {
        const int students = std::max(1, part(capacity, 0.75, 1.0));
        const int refunded = part(students, 0.02, 0.06);
        const int dropped = part(students, 0.01, 0.04);
        const int requested = part(students, 0.01, 0.03);
        count(c, S::Refunded) = refunded;
        count(c, S::Dropped) = dropped;
        count(c, S::RefundRequested) = requested;
        count(c, S::Active) = std::max(0, students - refunded - dropped - requested);
        exits(students);
        count(c, S::Deferred) = part(students, 0.0, 0.04);
        break;
    }
    case Kind::Upcoming: {
        const int seats = c.full ? capacity : std::min(capacity - 1, part(capacity, 0.15, 0.85));
        const int enrolled = part(seats, 0.3, 0.5);
        const int accepted = part(seats, 0.2, 0.3);
        count(c, S::Enrolled) = enrolled;
        count(c, S::Accepted) = accepted;
        count(c, S::Offered) = seats - enrolled - accepted;
        if (c.full)
            count(c, S::Waitlisted) = std::max(1, part(capacity, 0.1, 0.4));
        count(c, S::OfferExpired) = part(capacity, 0.0, 0.04);
        count(c, S::Declined) = part(capacity, 0.05, 0.12);
        count(c, S::Withdrawn) = part(capacity, 0.1, 0.25);
        count(c, S::NotQualified) = part(capacity, 0.2, 0.4);
        count(c, S::Deferred) = part(capacity, 0.0, 0.04);
        count(c, S::Applied) = part(capacity, 0.15, 0.4);
        count(c, S::Screening) = part(capacity, 0.1, 0.3);
        count(c, S::InterviewScheduled) = part(capacity, 0.05, 0.2);
        count(c, S::Interviewed) = part(capacity, 0.03, 0.12);
        break;
    }
    case Kind::Draft:
    case Kind::Cancelled:
        break;
    }
}

// Shrinks the plan to the budget (small N). Full cohorts keep exactly their capacity in seats
// unless even that does not fit, in which case they become open ones.
void fitToBudget(std::vector<CohortPlan> &cohorts, qint64 budget)
{
    qint64 total = 0;
    qint64 fixed = 0;
    for (const CohortPlan &c : cohorts) {
        total += c.total();
        if (c.full)
            fixed += c.capacity + count(c, S::Waitlisted);
    }
    if (total <= budget)
        return;
    if (fixed * 2 > budget) {
        for (CohortPlan &c : cohorts) {
            if (c.full) {
                c.full = false;
                count(c, S::Waitlisted) = 0;
            }
        }
        fixed = 0;
    }
    const double factor = static_cast<double>(budget - fixed) / static_cast<double>(total - fixed);
    for (CohortPlan &c : cohorts) {
        for (int s = 0; s < StatusCount; ++s) {
            const auto status = static_cast<S>(s);
            int &n = c.counts[static_cast<std::size_t>(s)];
            if (c.full && Statuses::holdsSeat(status))
                continue;
            if (c.full && status == S::Waitlisted)
                n = std::max(1, static_cast<int>(n * factor));
            else
                n = static_cast<int>(n * factor);
        }
    }
}

int seatsTaken(const CohortPlan &c)
{
    int taken = 0;
    for (S status : Statuses::all()) {
        if (Statuses::holdsSeat(status))
            taken += count(c, status);
    }
    return taken;
}

// Whether one more application of this status keeps the cohort plausible and its seats right.
bool fits(const CohortPlan &c, S status)
{
    switch (status) {
    case S::Active:
    case S::RefundRequested:
        return c.kind == Kind::Started && seatsTaken(c) < c.capacity;
    case S::Graduated:
    case S::JobSearch:
    case S::Placed:
    case S::NotSeeking:
        return c.kind == Kind::Completed;
    case S::Refunded:
    case S::Dropped:
        return c.kind == Kind::Completed || c.kind == Kind::Started;
    case S::Offered:
    case S::Accepted:
    case S::Enrolled:
        return c.kind == Kind::Upcoming && !c.full && seatsTaken(c) < c.capacity;
    case S::Waitlisted:
        return c.kind == Kind::Upcoming && c.full;
    case S::Qualified:
        return false; // only applications without a cohort rest at qualified
    case S::Deferred:
        return c.kind == Kind::Upcoming || c.kind == Kind::Started;
    case S::NotQualified:
    case S::Withdrawn:
    case S::Declined:
        return c.kind == Kind::Completed || c.kind == Kind::Started || c.kind == Kind::Upcoming;
    case S::Applied:
    case S::Screening:
    case S::InterviewScheduled:
    case S::Interviewed:
    case S::OfferExpired:
        return c.kind == Kind::Upcoming;
    }
    return false;
}

// A small demo still shows every status: one the scaling rounded away gets an application in
// the first cohort where it fits.
void ensureEveryStatus(std::vector<CohortPlan> &cohorts)
{
    for (S status : Statuses::all()) {
        int total = 0;
        for (const CohortPlan &c : cohorts)
            total += count(c, status);
        for (auto c = cohorts.begin(); total == 0 && c != cohorts.end(); ++c) {
            if (fits(*c, status)) {
                ++count(*c, status);
                ++total;
            }
        }
    }
}

QString sectionLetters(int index)
{
    QString letters;
    do {
        letters.prepend(QLatin1Char(static_cast<char>('A' + index % 26)));
        index = index / 26 - 1;
    } while (index >= 0);
    return letters;
}

// ---------------------------------------------------------------------------------------------
// One application's history: the path of statuses to its current one, with times.

struct Step
{
    S status = S::Applied;
    qint64 at = 0;
    bool byDesk = false; // automatic: offers and waitlisting on qualification, expiry
};

struct Timeline
{
    std::array<Step, 16> steps{};
    int size = 0;
    int qualifiedIndex = -1;
    qint64 offerExpiresAt = 0;

    void add(S status, bool byDesk = false)
    {
        steps[static_cast<std::size_t>(size++)] = {status, 0, byDesk};
    }
    Step &step(int i) { return steps[static_cast<std::size_t>(i)]; }
    const Step &step(int i) const { return steps[static_cast<std::size_t>(i)]; }
    const Step &last() const { return step(size - 1); }
    qint64 at(S status) const
    {
        for (int i = 0; i < size; ++i) {
            if (step(i).status == status)
                return step(i).at;
        }
        return 0;
    }
};

// Moves steps (base, last] closer to base so that the last one is no later than limit.
void fitBefore(Timeline &t, int base, int last, qint64 limit)
{
    if (last <= base)
        return;
    const qint64 start = t.step(base).at;
    const qint64 span = t.step(last).at - start;
    if (t.step(last).at <= limit || span <= 0)
        return;
    const double room = static_cast<double>(std::max<qint64>(0, limit - start));
    for (int i = base + 1; i <= last; ++i)
        t.step(i).at = start + static_cast<qint64>(static_cast<double>(t.step(i).at - start) *
                                                   room / static_cast<double>(span));
}

class TimelineBuilder
{
public:
    explicit TimelineBuilder(qint64 anchorMs) : m_anchor(anchorMs), m_latest(anchorMs - Hour) {}

    // cohort is null for applications not yet placed in a cohort.
    Timeline build(S status, const CohortPlan *cohort, SlotDice &dice) const
    {
        Timeline t;
        const bool upcoming = cohort && cohort->kind == Kind::Upcoming;
        const bool full = cohort && cohort->full;
        const qint64 hold = cohort ? cohort->holdDays * Day : 7 * Day;
        bool fromWaitlist = false;       // offered when a seat freed
        bool expiredThenWaiting = false; // waitlisted again after an offer expired

        auto upTo = [&](int stages) {
            static constexpr S Early[] = {S::Applied, S::Screening, S::InterviewScheduled,
                                          S::Interviewed};
            for (int i = 0; i < stages; ++i)
                t.add(Early[i]);
        };
        auto qualify = [&] {
            upTo(4);
            t.qualifiedIndex = t.size;
            t.add(S::Qualified);
        };
        auto enroll = [&] {
            qualify();
            t.add(S::Offered, true);
            t.add(S::Accepted);
            t.add(S::Enrolled);
            t.add(S::Active);
        };

        switch (status) {
        case S::Applied:
            upTo(1);
            break;
        case S::Screening:
            upTo(2);
            break;
        case S::InterviewScheduled:
            upTo(3);
            break;
        case S::Interviewed:
            upTo(4);
            break;
        case S::Qualified:
            qualify();
            break;
        case S::NotQualified:
            upTo(dice.chance(0.4) ? 2 : 4);
            t.add(S::NotQualified);
            break;
        case S::Offered:
            qualify();
            // In a full cohort the seat came from the waitlist.
            if (full) {
                fromWaitlist = true;
                t.add(S::Waitlisted, true);
            }
            t.add(S::Offered, true);
            break;
        case S::Waitlisted:
            qualify();
            if (dice.chance(0.15)) {
                expiredThenWaiting = true;
                t.add(S::Offered, true);
                t.add(S::OfferExpired, true);
                t.add(S::Waitlisted);
            } else {
                t.add(S::Waitlisted, true);
            }
            break;
        case S::OfferExpired:
            qualify();
            t.add(S::Offered, true);
            t.add(S::OfferExpired, true);
            break;
        case S::Accepted:
        case S::Declined:
            qualify();
            t.add(S::Offered, true);
            t.add(status);
            break;
        case S::Enrolled:
            qualify();
            t.add(S::Offered, true);
            t.add(S::Accepted);
            t.add(S::Enrolled);
            break;
        case S::Deferred:
            qualify();
            t.add(S::Offered, true);
            t.add(S::Accepted);
            if (dice.chance(0.5))
                t.add(S::Enrolled);
            t.add(S::Deferred);
            break;
        case S::Withdrawn:
            withdrawalPath(t, cohort != nullptr, dice, qualify, upTo);
            break;
        case S::Active:
            enroll();
            break;
        case S::RefundRequested:
        case S::Dropped:
        case S::Graduated:
            enroll();
            t.add(status);
            break;
        case S::Refunded:
            enroll();
            t.add(S::RefundRequested);
            t.add(S::Refunded);
            break;
        case S::JobSearch:
        case S::Placed:
        case S::NotSeeking:
            enroll();
            t.add(S::Graduated);
            t.add(S::JobSearch);
            if (status != S::JobSearch)
                t.add(status);
            break;
        }

        // The anchor: the qualification (which orders the waitlist), else the last step.
        const qint64 startMs = cohort ? cohort->startDay * Day : 0;
        const qint64 endMs = cohort ? cohort->endDay * Day : 0;
        // A pending offer expires 1 to hold-1 days from the anchor day: in the future.
        const qint64 offerAt = m_anchor - dice.between(2 * Hour, hold - Day);
        int k = t.size - 1;
        qint64 anchorAt = 0;
        if (t.qualifiedIndex >= 0) {
            k = t.qualifiedIndex;
            if (!cohort)
                anchorAt = dice.between(m_anchor - 30 * Day, m_latest - Day);
            else if (!upcoming)
                anchorAt = dice.between(startMs - 100 * Day, startMs - 30 * Day);
            else if (status == S::Offered && !fromWaitlist)
                anchorAt = offerAt;
            else if (status == S::Waitlisted && !expiredThenWaiting)
                // Later than every seat holder of the full cohort: first come, first served.
                anchorAt = dice.between(m_anchor - 12 * Day, m_latest - Second);
            else if (status == S::Waitlisted) // offered, expired, then waitlisted again
                anchorAt = dice.between(m_anchor - 40 * Day, m_latest - hold - 7 * Day);
            else if (status == S::OfferExpired)
                anchorAt = dice.between(m_anchor - 40 * Day, m_latest - hold - Day);
            else if (status == S::Withdrawn)
                anchorAt = dice.between(m_anchor - 60 * Day, m_anchor - 25 * Day);
            else
                anchorAt = full ? dice.between(m_anchor - 60 * Day, m_anchor - 13 * Day)
                                : dice.between(m_anchor - 60 * Day, m_latest - 2 * Day);
        } else if (!cohort) {
            const bool exit = status == S::NotQualified || status == S::Withdrawn;
            anchorAt = dice.between(m_anchor - (exit ? 300 : 45) * Day, m_latest);
        } else if (!upcoming) {
            anchorAt = dice.between(startMs - 120 * Day, startMs - 2 * Day);
        } else {
            anchorAt = dice.between(m_anchor - 45 * Day, m_latest);
        }
        t.step(k).at = anchorAt;
        for (int i = k - 1; i >= 0; --i)
            t.step(i).at = t.step(i + 1).at - dice.between(2 * Hour, 6 * Day);

        // Forward from the anchor: before the program, in it, after graduation.
        int i = k + 1;
        for (; i < t.size && t.step(i).status != S::Active; ++i)
            t.step(i).at = t.step(i - 1).at + gapBefore(t, i, status, offerAt, hold, dice);
        fitBefore(t, k, i - 1, cohort && !upcoming ? startMs - 12 * Hour : m_latest);
        if (i < t.size) {
            t.step(i).at = startMs + 9 * Hour; // orientation morning
            const int active = i++;
            for (; i < t.size && t.step(i).status != S::Graduated; ++i)
                t.step(i).at = t.step(i - 1).at + gapInProgram(t.step(i).status, *cohort, dice);
            fitBefore(t, active, i - 1, std::min(endMs, m_latest));
            if (i < t.size) {
                t.step(i).at = endMs + 16 * Hour;
                const int graduated = i++;
                for (; i < t.size; ++i)
                    t.step(i).at = t.step(i - 1).at + gapAfterProgram(t.step(i).status, dice);
                fitBefore(t, graduated, t.size - 1, m_latest);
            }
        }
        // Back on the waitlist after every offer the cohort made from it, or the desk would
        // have offered those seats to this application, which is first in line.
        if (expiredThenWaiting)
            t.step(t.size - 1).at = m_latest;
        if (status == S::Offered)
            t.offerExpiresAt = t.last().at + hold;
        return t;
    }

private:
    template <typename Qualify, typename UpTo>
    static void withdrawalPath(Timeline &t, bool inCohort, SlotDice &dice, Qualify qualify,
                               UpTo upTo)
    {
        if (!inCohort) {
            const int stage = dice.weighted({30, 30, 15, 15, 10});
            if (stage < 4)
                upTo(stage + 1);
            else
                qualify();
            t.add(S::Withdrawn);
            return;
        }
        switch (dice.weighted({20, 20, 10, 10, 10, 8, 4, 10, 4})) {
        case 0:
            upTo(1);
            break;
        case 1:
            upTo(2);
            break;
        case 2:
            upTo(3);
            break;
        case 3:
            upTo(4);
            break;
        case 4:
            qualify();
            t.add(S::Offered, true);
            break;
        case 5:
            qualify();
            t.add(S::Offered, true);
            t.add(S::Accepted);
            break;
        case 6:
            qualify();
            t.add(S::Offered, true);
            t.add(S::Accepted);
            t.add(S::Enrolled);
            break;
        case 7:
            qualify();
            t.add(S::Offered, true);
            t.add(S::OfferExpired, true);
            break;
        default:
            qualify();
            t.add(S::Waitlisted, true);
            break;
        }
        t.add(S::Withdrawn);
    }

    qint64 gapBefore(const Timeline &t, int i, S finalStatus, qint64 offerAt, qint64 hold,
                     SlotDice &dice) const
    {
        const S status = t.step(i).status;
        const S previous = t.step(i - 1).status;
        if (previous == S::Qualified && (status == S::Offered || status == S::Waitlisted))
            return Second; // the desk decides at once
        if (status == S::Offered && previous == S::Waitlisted) {
            if (finalStatus == S::Offered && offerAt > t.step(i - 1).at)
                return offerAt - t.step(i - 1).at;
            return dice.between(Day, 20 * Day);
        }
        if (status == S::OfferExpired)
            return hold + dice.between(0, 6 * Hour);
        return dice.between(2 * Hour, 6 * Day);
    }

    static qint64 gapInProgram(S status, const CohortPlan &cohort, SlotDice &dice)
    {
        switch (status) {
        case S::RefundRequested:
            return dice.between(Day, (cohort.refundWindowDays + 20) * Day);
        case S::Refunded:
            return dice.between(Day, 7 * Day);
        case S::Dropped:
            return dice.between(7 * Day,
                                std::max<qint64>(8, cohort.endDay - cohort.startDay - 7) * Day);
        default:
            return dice.between(2 * Hour, 6 * Day);
        }
    }

    static qint64 gapAfterProgram(S status, SlotDice &dice)
    {
        switch (status) {
        case S::JobSearch:
            return dice.between(Day, 14 * Day);
        case S::Placed:
            return dice.between(14 * Day, 200 * Day);
        case S::NotSeeking:
            return dice.between(7 * Day, 120 * Day);
        default:
            return dice.between(2 * Hour, 6 * Day);
        }
    }

    qint64 m_anchor;
    qint64 m_latest;
};

// One planned application. Sorted by applied_at before writing, so that ids follow time.
struct Slot
{
    qint64 appliedAt = 0;
    quint64 seed = 0;
    qint64 applicantId = 0;
    qint32 cohort = -1;  // index into the plan; -1: no cohort yet
    qint32 partner = -1; // a second application: the slot (by plan index) of the first one
    qint32 planIndex = 0;
    S status = S::Applied;
};

struct MentorPlan
{
    qint64 id = 0;
    int maxActive = 0;
    int active = 0;
    bool available = true;
};

// ---------------------------------------------------------------------------------------------

class Seeder
{
public:
    Seeder(const QString &connection, const DemoDataGenerator::Options &options,
           const DemoDataGenerator::Progress &progress)
        : m_sql(connection), m_options(options), m_progress(progress),
          m_dice(std::mt19937_64(options.seed)), m_cultures(loadCultures()),
          m_anchorDay(QDate(1970, 1, 1).daysTo(options.today)), m_anchor(m_anchorDay * Day),
          m_timelines(m_anchor)
    {
        for (S status : Statuses::all())
            m_statusNames[static_cast<std::size_t>(status)] = Statuses::machineName(status);
    }

    Result<DemoDataGenerator::Summary> run()
    {
        planCohorts();
        planSlots();
        for (auto step :
             {&Seeder::writeTracks, &Seeder::writeStaff, &Seeder::writeCohorts,
              &Seeder::writeMentors, &Seeder::prepareRows, &Seeder::writeApplications}) {
            if (Status done = (this->*step)(); !done)
                return done.error();
        }
        return m_summary;
    }

private:
    Error failed(const QSqlQuery &query) const
    {
        return Error{tr("Writing the demo data failed"), query.lastError()};
    }

    Status exec(QSqlQuery &query, std::initializer_list<QVariant> values) const
    {
        int i = 0;
        for (const QVariant &value : values)
            query.bindValue(i++, value);
        if (!query.exec())
            return failed(query);
        return {};
    }

    Result<QSqlQuery> prepare(const char *sql) const
    {
        return m_sql.prepare(QString::fromLatin1(sql));
    }

    // -- planning ---------------------------------------------------------------------------

    void planCohorts()
    {
        const qint64 n = m_options.applicants;
        // Capacities 20-120; a small demo gets small cohorts so that it still has several.
        const int capacityHigh =
            n >= 100000 ? 120 : std::max(30, static_cast<int>(20 + 100 * n / 100000));
        const double applicationsPerCohort = 2.1 * (20 + capacityHigh) / 2.0;
        const qint64 cohortCount =
            std::max<qint64>(4 * TrackCount, std::llround(0.95 * n / applicationsPerCohort));
        int weights = 0;
        for (const TrackInfo &track : Tracks)
            weights += track.weight;

        for (int t = 0; t < TrackCount; ++t) {
            const qint64 duration = Tracks[t].weeks * 7;
            const qint64 perTrack = std::max<qint64>(
                4, std::llround(static_cast<double>(cohortCount) * Tracks[t].weight / weights));
            const qint64 completed = std::max<qint64>(1, std::llround(perTrack * 0.4));
            const qint64 started = std::max<qint64>(1, std::llround(perTrack * 0.25));
            const qint64 upcoming = std::max<qint64>(2, perTrack - completed - started);
            auto spread = [&](Kind kind, qint64 number, qint64 from, qint64 to) {
                for (qint64 i = 0; i < number; ++i) {
                    const qint64 day = from + (to - from) * (2 * i + 1) / (2 * number);
                    addCohort(t, kind, mondayOnOrBefore(day), duration,
                              kind == Kind::Upcoming && i % 3 == 0, capacityHigh);
                }
            };
            // Windows chosen so that Monday alignment keeps each cohort in its state.
            spread(Kind::Completed, completed, m_anchorDay - duration - 400,
                   m_anchorDay - duration - 10);
            spread(Kind::Started, started, m_anchorDay - duration + 10, m_anchorDay - 1);
            spread(Kind::Upcoming, upcoming, m_anchorDay + 7, m_anchorDay + 180);
            addCohort(t, Kind::Draft, mondayOnOrBefore(m_anchorDay + 200 + m_dice.below(40)),
                      duration, false, capacityHigh);
            if (t % 4 == 1) // an intake called off for low demand
                addCohort(t, Kind::Cancelled, mondayOnOrBefore(m_anchorDay + 40), duration, false,
                          capacityHigh);
        }
        fitToBudget(m_cohorts, static_cast<qint64>(0.96 * static_cast<double>(n)));
        if (n >= 1000)
            ensureEveryStatus(m_cohorts);

        // Names: CODE-YYYY-MM-A, sections lettered in start order within a month.
        std::vector<int> order(m_cohorts.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = static_cast<int>(i);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            const CohortPlan &x = m_cohorts[static_cast<std::size_t>(a)];
            const CohortPlan &y = m_cohorts[static_cast<std::size_t>(b)];
            return x.track != y.track ? x.track < y.track : x.startDay < y.startDay;
        });
        QString month;
        int section = 0;
        for (int index : order) {
            CohortPlan &c = m_cohorts[static_cast<std::size_t>(index)];
            const QString thisMonth = QString::fromLatin1(Tracks[c.track].code) + QLatin1Char('-') +
                                      dateText(c.startDay).left(7);
            section = thisMonth == month ? section + 1 : 0;
            month = thisMonth;
            c.name = thisMonth + QLatin1Char('-') + sectionLetters(section);
        }
    }

    void addCohort(int track, Kind kind, qint64 startDay, qint64 duration, bool full,
                   int capacityHigh)
    {
        static constexpr int HoldDays[] = {3, 5, 7, 7, 7, 7};
        CohortPlan c;
        c.track = track;
        c.kind = kind;
        c.full = full;
        c.startDay = startDay;
        c.endDay = startDay + duration - 3; // the Friday of the last week
        c.capacity = static_cast<int>(m_dice.between(20, capacityHigh));
        c.holdDays = HoldDays[m_dice.below(6)];
        planCohort(c, m_dice);
        m_cohorts.push_back(std::move(c));
    }

    void planSlots()
    {
        std::vector<int> firsts;  // completed cohorts, left before the start: may apply again
        std::vector<int> seconds; // early stages of upcoming cohorts: may be a second try
        for (std::size_t c = 0; c < m_cohorts.size(); ++c) {
            const CohortPlan &cohort = m_cohorts[c];
            for (int s = 0; s < StatusCount; ++s) {
                const auto status = static_cast<S>(s);
                for (int i = 0; i < cohort.counts[static_cast<std::size_t>(s)]; ++i) {
                    const int index = static_cast<int>(m_slots.size());
                    if (cohort.kind == Kind::Completed &&
                        (status == S::NotQualified || status == S::Withdrawn ||
                         status == S::Declined))
                        firsts.push_back(index);
                    else if (cohort.kind == Kind::Upcoming && s <= static_cast<int>(S::Interviewed))
                        seconds.push_back(index);
                    addSlot(static_cast<int>(c), status);
                }
            }
        }
        // About one applicant in forty applies again after leaving an earlier cohort. Their
        // first try ended before that cohort started, long before the second one began.
        const qint64 n = m_options.applicants;
        const qint64 again = std::min<qint64>(
            {n / 40, static_cast<qint64>(firsts.size()), static_cast<qint64>(seconds.size())});
        shuffle(firsts);
        shuffle(seconds);
        for (qint64 i = 0; i < again; ++i)
            m_slots[static_cast<std::size_t>(seconds[static_cast<std::size_t>(i)])].partner =
                firsts[static_cast<std::size_t>(i)];

        // The rest of the applicants have not been placed in a cohort yet.
        const qint64 unplaced = n + again - static_cast<qint64>(m_slots.size());
        // In fixed proportions, the rarer statuses first so that a few applications show them.
        static constexpr S Unplaced[] = {S::Qualified,
                                         S::NotQualified,
                                         S::Withdrawn,
                                         S::Interviewed,
                                         S::InterviewScheduled,
                                         S::InterviewScheduled,
                                         S::Screening,
                                         S::Screening,
                                         S::Screening,
                                         S::Screening,
                                         S::Screening,
                                         S::Applied,
                                         S::Applied,
                                         S::Applied,
                                         S::Applied,
                                         S::Applied,
                                         S::Applied,
                                         S::Applied,
                                         S::Applied,
                                         S::Applied};
        for (qint64 i = 0; i < unplaced; ++i)
            addSlot(-1, Unplaced[i % static_cast<qint64>(std::size(Unplaced))]);
    }

    void addSlot(int cohort, S status)
    {
        Slot slot;
        slot.seed = m_dice.raw();
        slot.cohort = cohort;
        slot.status = status;
        slot.planIndex = static_cast<qint32>(m_slots.size());
        m_slots.push_back(slot);
    }

    void shuffle(std::vector<int> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1],
                      items[static_cast<std::size_t>(m_dice.below(static_cast<qint64>(i)))]);
    }

    const CohortPlan *cohortOf(const Slot &slot) const
    {
        return slot.cohort < 0 ? nullptr : &m_cohorts[static_cast<std::size_t>(slot.cohort)];
    }

    // -- writing the fixed tables -------------------------------------------------------------

    Status writeTracks()
    {
        auto insert = prepare("INSERT INTO tracks (code, name) VALUES (?, ?) "
                              "ON CONFLICT (code) DO NOTHING");
        auto find = prepare("SELECT id FROM tracks WHERE code = ?");
        if (!insert)
            return insert.error();
        if (!find)
            return find.error();
        for (const TrackInfo &track : Tracks) {
            const QString code = QString::fromLatin1(track.code);
            if (Status done = exec(insert.value(), {code, QString::fromUtf8(track.name)}); !done)
                return done;
            if (Status done = exec(find.value(), {code}); !done)
                return done;
            if (!find.value().next())
                return failed(find.value());
            m_trackIds.push_back(find.value().value(0).toLongLong());
            find.value().finish();
        }
        m_summary.tracks = TrackCount;
        return {};
    }

    Status writeStaff()
    {
        auto insert = prepare("INSERT INTO staff_users (username, display_name, role, created_at) "
                              "VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING");
        auto find = prepare("SELECT id FROM staff_users WHERE username = ?");
        if (!insert)
            return insert.error();
        if (!find)
            return find.error();
        const qint64 count = std::clamp<qint64>(6 + m_options.applicants / 20000, 6, 60);
        const QString createdAt = timestampText(m_anchor - 800 * Day);
        QSet<QString> usernames;
        for (qint64 i = 0; i < count; ++i) {
            const Person person = pickPerson(m_dice, m_cultures);
            QString username = person.asciiFirst + QLatin1Char('.') + person.asciiLast;
            if (usernames.contains(username))
                username += QString::number(i);
            usernames.insert(username);
            // The first is the head of admissions, the second an auditor who only reads.
            const QString role = i == 0   ? QStringLiteral("administrator")
                                 : i == 1 ? QStringLiteral("read_only")
                                          : QStringLiteral("admissions_officer");
            if (Status done =
                    exec(insert.value(), {username, person.first + QLatin1Char(' ') + person.last,
                                          role, createdAt});
                !done)
                return done;
            if (Status done = exec(find.value(), {username}); !done)
                return done;
            if (!find.value().next())
                return failed(find.value());
            if (i != 1)
                m_officers.push_back(find.value().value(0).toLongLong());
            find.value().finish();
        }
        m_summary.staffUsers = count;
        return {};
    }

    Status writeCohorts()
    {
        auto insert = prepare("INSERT INTO cohorts (track_id, name, starts_on, ends_on, capacity, "
                              "offer_hold_days, refund_window_days, state) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        auto refund = prepare("INSERT INTO refund_schedule (cohort_id, from_day, refund_percent) "
                              "VALUES (?, ?, ?)");
        if (!insert)
            return insert.error();
        if (!refund)
            return refund.error();
        // After the 14-day money-back window: a pro-rata schedule, data per cohort.
        static constexpr int Schedules[2][3][2] = {{{14, 80}, {30, 50}, {60, 0}},
                                                   {{14, 75}, {28, 50}, {56, 0}}};
        for (CohortPlan &c : m_cohorts) {
            if (Status done =
                    exec(insert.value(), {m_trackIds[static_cast<std::size_t>(c.track)], c.name,
                                          dateText(c.startDay), dateText(c.endDay), c.capacity,
                                          c.holdDays, c.refundWindowDays, c.state()});
                !done)
                return done;
            c.id = insert.value().lastInsertId().toLongLong();
            for (const auto &step : Schedules[c.track % 2]) {
                if (Status done = exec(refund.value(), {c.id, step[0], step[1]}); !done)
                    return done;
            }
        }
        m_summary.cohorts = static_cast<qint64>(m_cohorts.size());
        return {};
    }

    // Enough mentors for every active student with about a tenth to spare, so that most are at
    // capacity and a few have room.
    Status writeMentors()
    {
        auto insert = prepare("INSERT INTO mentors (name, email, email_norm, time_zone, "
                              "weekly_slots, max_active_mentees, active) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)");
        auto track = prepare("INSERT INTO mentor_tracks (mentor_id, track_id) VALUES (?, ?)");
        if (!insert)
            return insert.error();
        if (!track)
            return track.error();
        std::array<qint64, TrackCount> students{};
        for (const CohortPlan &c : m_cohorts) {
            if (c.kind == Kind::Started)
                students[static_cast<std::size_t>(c.track)] +=
                    c.counts[static_cast<std::size_t>(S::Active)] +
                    c.counts[static_cast<std::size_t>(S::RefundRequested)];
        }
        static constexpr int Loads[] = {6, 8, 10, 12, 15, 20};
        m_freeMentors.resize(TrackCount);
        m_trackMentors.resize(TrackCount);
        for (int t = 0; t < TrackCount; ++t) {
            const qint64 count = std::max<qint64>(
                2,
                static_cast<qint64>(std::ceil(students[static_cast<std::size_t>(t)] * 1.1 / 11.8)));
            for (qint64 i = 0; i < count; ++i) {
                const Person person = pickPerson(m_dice, m_cultures);
                MentorPlan mentor;
                mentor.maxActive = Loads[m_dice.below(6)];
                mentor.available = !m_dice.chance(0.04);
                const QString email = QStringLiteral("%1.%2.m%3@mentors.example.org")
                                          .arg(person.asciiFirst, person.asciiLast)
                                          .arg(m_mentors.size() + 1);
                if (Status done = exec(insert.value(),
                                       {person.first + QLatin1Char(' ') + person.last, email, email,
                                        person.culture->zones[static_cast<int>(
                                            m_dice.below(person.culture->zones.size()))],
                                        mentor.maxActive + m_dice.between(0, 4), mentor.maxActive,
                                        mentor.available});
                    !done)
                    return done;
                mentor.id = insert.value().lastInsertId().toLongLong();
                QList<int> tracks{t};
                if (m_dice.chance(0.2))
                    tracks << static_cast<int>((t + 1 + m_dice.below(TrackCount - 1)) % TrackCount);
                for (int mentorTrack : tracks) {
                    if (Status done =
                            exec(track.value(),
                                 {mentor.id, m_trackIds[static_cast<std::size_t>(mentorTrack)]});
                        !done)
                        return done;
                }
                const int index = static_cast<int>(m_mentors.size());
                m_trackMentors[static_cast<std::size_t>(t)].push_back(index);
                if (mentor.available)
                    m_freeMentors[static_cast<std::size_t>(t)].push_back(index);
                m_mentors.push_back(mentor);
            }
        }
        m_summary.mentors = static_cast<qint64>(m_mentors.size());
        return {};
    }

    Status prepareRows()
    {
        const std::pair<QSqlQuery *, const char *> statements[] = {
            {&m_insertApplication,
             "INSERT INTO applications (applicant_id, track_id, cohort_id, status, applied_at, "
             "qualified_at, status_changed_at, owner_id, score, decision_reason, "
             "offer_expires_at, payment_state, job_search_started_on, placement_outcome, "
             "placement_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&m_insertEvent,
             "INSERT INTO status_events (application_id, from_status, to_status, at, by_user_id, "
             "reason, cause) VALUES (?, ?, ?, ?, ?, ?, ?)"},
            {&m_insertAssignment,
             "INSERT INTO mentor_assignments (application_id, mentor_id, state, created_at, "
             "started_at, ended_at, by_user_id) VALUES (?, ?, ?, ?, ?, ?, ?)"},
            {&m_insertActivity,
             "INSERT INTO activities (applicant_id, application_id, kind, at, by_user_id, "
             "summary, rubric_score) VALUES (?, ?, ?, ?, ?, ?, ?)"},
        };
        // Columns of Applicant, then updated_at and created_at: both the application's time.
        auto applicant = m_sql.prepare(ApplicantRepository::insertSql());
        if (!applicant)
            return applicant.error();
        m_insertApplicant = std::move(applicant.value());
        for (const auto &[query, sql] : statements) {
            auto prepared = prepare(sql);
            if (!prepared)
                return prepared.error();
            *query = std::move(prepared.value());
        }
        return {};
    }

    // -- the applications ----------------------------------------------------------------------

    Status writeApplications()
    {
        // First pass: when each application was made, to write them in that order.
        for (Slot &slot : m_slots) {
            SlotDice dice(SplitMix64{slot.seed});
            slot.appliedAt = m_timelines.build(slot.status, cohortOf(slot), dice).step(0).at;
        }
        std::sort(m_slots.begin(), m_slots.end(), [](const Slot &a, const Slot &b) {
            return a.appliedAt != b.appliedAt ? a.appliedAt < b.appliedAt
                                              : a.planIndex < b.planIndex;
        });
        std::vector<qint32> position(m_slots.size());
        for (std::size_t i = 0; i < m_slots.size(); ++i)
            position[static_cast<std::size_t>(m_slots[i].planIndex)] = static_cast<qint32>(i);

        const qint64 total = static_cast<qint64>(m_slots.size());
        m_emailModulus = 1000000;
        while (m_emailModulus < m_options.applicants)
            m_emailModulus *= 10;
        for (qint64 done = 0; done < total; ++done) {
            Slot &slot = m_slots[static_cast<std::size_t>(done)];
            if (slot.partner >= 0) {
                slot.applicantId = m_slots[static_cast<std::size_t>(
                                               position[static_cast<std::size_t>(slot.partner)])]
                                       .applicantId;
            }
            if (Status written = writeApplication(slot); !written)
                return written;
            if (m_progress && (done % 8192 == 0))
                m_progress(done, total);
        }
        if (m_progress)
            m_progress(total, total);
        return {};
    }

    Status writeApplication(Slot &slot)
    {
        const CohortPlan *cohort = cohortOf(slot);
        SlotDice dice(SplitMix64{slot.seed});
        const Timeline t = m_timelines.build(slot.status, cohort, dice);
        const int track = cohort ? cohort->track : trackFor(dice);
        const qint64 appliedAt = t.step(0).at;
        const QString appliedText = timestampText(appliedAt);

        if (slot.applicantId == 0) {
            if (Status done = writeApplicant(dice, track, appliedAt, appliedText); !done)
                return done;
            slot.applicantId = m_insertApplicant.lastInsertId().toLongLong();
            ++m_summary.applicants;
        }

        const S status = slot.status;
        const QVariant owner =
            status == S::Applied && dice.chance(0.3) ? QVariant() : QVariant(dice.pick(m_officers));
        const bool interviewed = t.at(S::Interviewed) != 0;
        QVariant score;
        if (interviewed) {
            if (status == S::NotQualified)
                score = static_cast<int>(dice.between(15, 59));
            else if (t.qualifiedIndex >= 0)
                score = static_cast<int>(dice.between(60, 100));
            else
                score = static_cast<int>(dice.between(30, 95));
        }
        QString reason;
        switch (status) {
        case S::NotQualified:
            reason = pickText(dice, NotQualifiedReasons);
            break;
        case S::Withdrawn:
            reason = pickText(dice, WithdrawnReasons);
            break;
        case S::Declined:
            reason = pickText(dice, DeclinedReasons);
            break;
        case S::Dropped:
            reason = pickText(dice, DroppedReasons);
            break;
        case S::Refunded:
            reason = pickText(dice, RefundedReasons);
            break;
        default:
            break;
        }
        const QString lastText = timestampText(t.last().at);
        const qint64 searchAt = t.at(S::JobSearch);
        if (Status done =
                exec(m_insertApplication,
                     {slot.applicantId, m_trackIds[static_cast<std::size_t>(track)],
                      cohort ? QVariant(cohort->id) : QVariant(),
                      m_statusNames[static_cast<std::size_t>(status)], appliedText,
                      t.qualifiedIndex >= 0 ? QVariant(timestampText(t.step(t.qualifiedIndex).at))
                                            : QVariant(),
                      lastText, owner, score, orEmpty(reason),
                      t.offerExpiresAt ? QVariant(timestampText(t.offerExpiresAt)) : QVariant(),
                      paymentState(status, t),
                      searchAt ? QVariant(dateText(dayOf(searchAt))) : QVariant(),
                      placementOutcome(status, dice),
                      status == S::Placed ? QVariant(dateText(dayOf(t.last().at))) : QVariant(),
                      lastText});
            !done)
            return done;
        const qint64 applicationId = m_insertApplication.lastInsertId().toLongLong();
        ++m_summary.applications;

        if (Status done = writeEvents(t, applicationId, owner, reason, dice); !done)
            return done;
        if (Status done = writeActivities(t, slot.applicantId, applicationId, owner, score, dice);
            !done)
            return done;
        if (cohort)
            return writeMentoring(t, *cohort, applicationId, owner, dice);
        return {};
    }

    int trackFor(SlotDice &dice) const
    {
        qint64 roll = dice.below(100);
        for (int t = 0; t < TrackCount; ++t) {
            if (roll < Tracks[t].weight)
                return t;
            roll -= Tracks[t].weight;
        }
        return 0;
    }

    Status writeApplicant(SlotDice &dice, int track, qint64 appliedAt, const QString &appliedText)
    {
        const Person person = pickPerson(dice, m_cultures);
        const Culture &culture = *person.culture;
        // A bijection of the applicant number: unique like it, but it does not look counted.
        const qint64 number = ((m_summary.applicants + 1) * 7919 + 1234) % m_emailModulus;
        static const QString Domains[] = {QStringLiteral("example.org"),
                                          QStringLiteral("example.com"),
                                          QStringLiteral("example.net")};
        const QString handle = person.asciiFirst + QLatin1Char('.') + person.asciiLast +
                               QLatin1Char('.') + QString::number(number);
        const QString email = handle + QLatin1Char('@') + Domains[dice.below(3)];
        QString phone;
        QString phoneNorm;
        if (!dice.chance(0.08)) {
            const qint64 a = dice.between(200, 999), b = dice.between(100, 999),
                         c = dice.between(0, 9999);
            const QString local =
                QStringLiteral("%1%2%3").arg(a).arg(b).arg(c, 4, 10, QLatin1Char('0'));
            phone = QStringLiteral("+%1 %2 %3 %4")
                        .arg(culture.dialCode)
                        .arg(a)
                        .arg(b)
                        .arg(c, 4, 10, QLatin1Char('0'));
            phoneNorm = QLatin1Char('+') + culture.dialCode + local;
        }
        const QString slug = person.asciiFirst + QLatin1Char('-') + person.asciiLast +
                             QLatin1Char('-') + QString::number(number);
        const bool coder = track != 3 && track != 4; // not DA or UX
        const QString linkedin =
            dice.chance(0.45) ? QStringLiteral("https://www.linkedin.com/in/") + slug : QString();
        const QString github = dice.chance(coder ? 0.35 : 0.08)
                                   ? QStringLiteral("https://github.com/") + slug
                                   : QString();
        const QString portfolio = dice.chance(coder ? 0.05 : 0.4)
                                      ? QStringLiteral("https://portfolio.example.net/") + slug
                                      : QString();
        const int source = dice.weighted({16, 14, 10, 6, 6, 12, 5, 4, 14, 5, 4, 4});
        QString campaign;
        if (source < PaidSources) {
            int y = 0, m = 0, d = 0;
            civilFromDays(dayOf(appliedAt), y, m, d);
            static const char *const Seasons[] = {"winter", "spring", "summer", "autumn"};
            campaign = QStringLiteral("%1-%2-%3")
                           .arg(QString::fromLatin1(Tracks[track].code).toLower(),
                                QLatin1String(Seasons[(m % 12) / 3]))
                           .arg(y);
        }
        const QString referrer = source == ReferralSource ? pickText(dice, Referrers) : QString();
        const QString notes = dice.chance(0.06) ? pickText(dice, Notes) : QString();
        return exec(m_insertApplicant,
                    {person.first, person.last, email, email, orEmpty(phone), orEmpty(phoneNorm),
                     culture.country,
                     culture.zones[static_cast<int>(dice.below(culture.zones.size()))],
                     orEmpty(linkedin), orEmpty(github), orEmpty(portfolio),
                     QString::fromLatin1(Sources[source]), orEmpty(campaign), orEmpty(referrer),
                     dice.chance(0.88), orEmpty(notes), appliedText, appliedText});
    }

    static QString paymentState(S status, const Timeline &t)
    {
        switch (status) {
        case S::Enrolled:
            return QStringLiteral("deposit_paid");
        case S::Deferred:
            return t.at(S::Enrolled) ? QStringLiteral("deposit_paid") : QStringLiteral("none");
        case S::Withdrawn:
            // A deposit is returned to those who leave before the start.
            return t.at(S::Enrolled) ? QStringLiteral("refunded") : QStringLiteral("none");
        case S::Refunded:
            return QStringLiteral("refunded");
        case S::Active:
        case S::RefundRequested:
        case S::Dropped:
        case S::Graduated:
        case S::JobSearch:
        case S::Placed:
        case S::NotSeeking:
            return QStringLiteral("paid_in_full");
        default:
            return QStringLiteral("none");
        }
    }

    // CIRR-style outcome codes.
    static QVariant placementOutcome(S status, SlotDice &dice)
    {
        switch (status) {
        case S::Placed: {
            static const QString Outcomes[] = {QStringLiteral("in_field_full_time"),
                                               QStringLiteral("in_field_part_time_contract"),
                                               QStringLiteral("out_of_field")};
            return Outcomes[dice.weighted({70, 15, 15})];
        }
        case S::JobSearch:
            return QStringLiteral("still_seeking");
        case S::NotSeeking:
            return QStringLiteral("not_seeking");
        case S::Graduated:
            return dice.chance(0.3) ? QVariant(QStringLiteral("not_reporting")) : QVariant();
        default:
            return {};
        }
    }

    Status writeEvents(const Timeline &t, qint64 applicationId, const QVariant &owner,
                       const QString &reason, SlotDice &dice)
    {
        static const QString SeatFree = QStringLiteral("a seat was free when qualified");
        static const QString NoSeat = QStringLiteral("no seat free when qualified");
        static const QString Released = QStringLiteral("seat released by another application");
        static const QString HoldEnded = QStringLiteral("the offer hold ended");
        static const QString DeferredReason = QStringLiteral("Moves to a later cohort");
        static const QString RefundAsked = QStringLiteral("Asked for a refund");
        for (int i = 0; i < t.size; ++i) {
            const Step &step = t.step(i);
            const S previous = i > 0 ? t.step(i - 1).status : S::Applied;
            QString cause;
            if (step.byDesk) {
                if (step.status == S::OfferExpired)
                    cause = HoldEnded;
                else if (step.status == S::Waitlisted)
                    cause = NoSeat;
                else if (previous == S::Waitlisted)
                    cause = Released;
                else
                    cause = SeatFree;
            }
            QString why;
            if (Statuses::requiresReason(step.status))
                why = reason;
            else if (step.status == S::Deferred)
                why = DeferredReason;
            else if (step.status == S::RefundRequested)
                why = RefundAsked;
            // Most steps are taken by the application's owner, some by a colleague.
            QVariant by;
            if (!step.byDesk && owner.isValid())
                by = dice.chance(0.85) ? owner : QVariant(dice.pick(m_officers));
            if (Status done =
                    exec(m_insertEvent,
                         {applicationId,
                          i > 0 ? QVariant(m_statusNames[static_cast<std::size_t>(previous)])
                                : QVariant(),
                          m_statusNames[static_cast<std::size_t>(step.status)],
                          timestampText(step.at), by, orEmpty(why), orEmpty(cause)});
                !done)
                return done;
            ++m_summary.statusEvents;
        }
        return {};
    }

    Status writeActivities(const Timeline &t, qint64 applicantId, qint64 applicationId,
                           const QVariant &owner, const QVariant &score, SlotDice &dice)
    {
        static const QString Interview = QStringLiteral("interview");
        static const QString Call = QStringLiteral("call");
        static const QString Email = QStringLiteral("email");
        static const QString Note = QStringLiteral("note");
        auto add = [&](const QString &kind, qint64 at, const QString &summary,
                       const QVariant &rubric) {
            ++m_summary.activities;
            return exec(m_insertActivity,
                        {applicantId, applicationId, kind, timestampText(std::min(at, t.last().at)),
                         owner, summary, rubric});
        };
        if (const qint64 at = t.at(S::Interviewed)) {
            if (Status done = add(Interview, at - dice.between(0, 2 * Hour),
                                  QStringLiteral("Technical and motivation interview"), score);
                !done)
                return done;
        }
        if (dice.chance(0.35)) {
            if (Status done = add(Call, t.step(0).at + dice.between(Hour, 2 * Day),
                                  pickText(dice, CallSummaries), {});
                !done)
                return done;
        }
        if (dice.chance(0.2)) {
            if (Status done = add(Email, t.last().at - dice.between(0, Day),
                                  pickText(dice, EmailSummaries), {});
                !done)
                return done;
        }
        if (dice.chance(0.08))
            return add(Note, t.last().at, pickText(dice, NoteSummaries), {});
        return {};
    }

    // Students of finished programs had a mentor; active students have one while a mentor of
    // their track has room; about half of the enrolled have a proposal.
    Status writeMentoring(const Timeline &t, const CohortPlan &cohort, qint64 applicationId,
                          const QVariant &owner, SlotDice &dice)
    {
        const S status = t.last().status;
        const qint64 activeAt = t.at(S::Active);
        auto assign = [&](int mentor, const char *state, qint64 created, qint64 started,
                          qint64 ended) {
            ++m_summary.mentorAssignments;
            return exec(m_insertAssignment,
                        {applicationId, m_mentors[static_cast<std::size_t>(mentor)].id,
                         QString::fromLatin1(state), timestampText(created),
                         started ? QVariant(timestampText(started)) : QVariant(),
                         ended ? QVariant(timestampText(ended)) : QVariant(), owner});
        };
        const auto &all = m_trackMentors[static_cast<std::size_t>(cohort.track)];
        if (activeAt && (status != S::Active && status != S::RefundRequested)) {
            const qint64 endedAt =
                status == S::Dropped || status == S::Refunded ? t.at(status) : t.at(S::Graduated);
            return assign(dice.pick(all), "ended", activeAt, activeAt, endedAt);
        }
        auto &free = m_freeMentors[static_cast<std::size_t>(cohort.track)];
        if (status == S::Enrolled && dice.chance(0.5) && !free.empty())
            return assign(dice.pick(free), "proposed", t.last().at, 0, 0);
        if (!activeAt || free.empty())
            return {};
        // One in twenty changed mentor once.
        qint64 since = activeAt;
        if (dice.chance(0.05)) {
            since = activeAt + (m_anchor - Hour - activeAt) / 2;
            if (Status done = assign(dice.pick(all), "ended", activeAt, activeAt, since); !done)
                return done;
        }
        const std::size_t slotIndex =
            static_cast<std::size_t>(dice.below(static_cast<qint64>(free.size())));
        const int mentor = free[slotIndex];
        MentorPlan &plan = m_mentors[static_cast<std::size_t>(mentor)];
        if (++plan.active >= plan.maxActive) {
            free[slotIndex] = free.back();
            free.pop_back();
        }
        return assign(mentor, "active", since, since, 0);
    }

    const Sql m_sql;
    const DemoDataGenerator::Options m_options;
    const DemoDataGenerator::Progress &m_progress;
    MainDice m_dice;
    const std::vector<Culture> m_cultures;
    const qint64 m_anchorDay;
    const qint64 m_anchor;
    const TimelineBuilder m_timelines;
    std::array<QString, StatusCount> m_statusNames;

    std::vector<CohortPlan> m_cohorts;
    std::vector<Slot> m_slots;
    std::vector<qint64> m_trackIds;
    std::vector<qint64> m_officers;
    std::vector<MentorPlan> m_mentors;
    std::vector<std::vector<int>> m_trackMentors;
    std::vector<std::vector<int>> m_freeMentors; // available, below their maximum
    qint64 m_emailModulus = 1000000;

    QSqlQuery m_insertApplicant;
    QSqlQuery m_insertApplication;
    QSqlQuery m_insertEvent;
    QSqlQuery m_insertAssignment;
    QSqlQuery m_insertActivity;

    DemoDataGenerator::Summary m_summary;
};

} // namespace

DemoDataGenerator::DemoDataGenerator(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<DemoDataGenerator::Summary> DemoDataGenerator::generate(const Options &options,
                                                               const Progress &progress) const
{
    if (options.applicants < 1 || options.applicants > MaxApplicants)
        return Error{tr("The number of applicants must be between 1 and %L1.").arg(MaxApplicants),
                     {}};
    Options fixed = options;
    if (!fixed.today.isValid())
        fixed.today = QDateTime::currentDateTimeUtc().date();

    const Sql sql(m_connection);
    // Keeps the random inserts of the name and email indexes in memory during the one big
    // transaction.
    const BulkWriteCache cache(m_connection);
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return Error{tr("Cannot start writing the demo data"), transaction.error().sqlError};
    // Inside the transaction, so that two seeds at once cannot both find the file empty.
    const auto used = sql.scalar(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM applicants) OR EXISTS (SELECT 1 FROM applications) "
        "OR EXISTS (SELECT 1 FROM cohorts) OR EXISTS (SELECT 1 FROM mentors)"));
    if (!used)
        return used.error();
    if (used.value().toBool())
        return Error{tr("The database already has applicants, cohorts or mentors; demo data "
                        "goes only into a new database. Nothing was changed."),
                     {}};

    Result<Summary> summary = [&] {
        Seeder seeder(m_connection, fixed, progress);
        return seeder.run();
    }();
    if (!summary)
        return summary;
    // Once at the end: keeping the index current row by row would make the seed far slower.
    if (Status indexed = ApplicationSearchIndex(m_connection).rebuild(); !indexed)
        return indexed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    // The one big transaction went through the write-ahead log; give that space back.
    sql.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return summary;
}
