#include "demo/demonames.h"

#include <QRegularExpression>
#include <QTest>

#include <map>

// The name pools: every country has names, zones and a dialling code; ASCII forms fit an email;
// a family name takes the given name's gender; countries come up in proportion to their weight.
class TestDemoNames : public QObject
{
    Q_OBJECT

private:
    const DemoNames m_names;

private Q_SLOTS:
    void everyCultureIsComplete()
    {
        QVERIFY(m_names.cultures().size() > 10);
        QCOMPARE(m_names.weights().size(), m_names.cultures().size());
        const QRegularExpression ascii(QStringLiteral("^[a-z][a-z-]*$"));
        const QRegularExpression zone(QStringLiteral("^[A-Z][A-Za-z]+/[A-Za-z_]+$"));
        for (std::size_t i = 0; i < m_names.cultures().size(); ++i) {
            const DemoNames::Culture &culture = m_names.cultures()[i];
            QVERIFY2(m_names.weights()[i] > 0, qPrintable(culture.country));
            QVERIFY(!culture.country.isEmpty());
            QVERIFY2(culture.dialCode.toInt() > 0, qPrintable(culture.country));
            QVERIFY(!culture.zones.isEmpty());
            for (const QString &z : culture.zones)
                QVERIFY2(zone.match(z).hasMatch(), qPrintable(z));
            QVERIFY(culture.given.size() >= 4);
            QVERIFY(culture.family.size() >= 4);
            bool female = false, male = false;
            for (const DemoNames::GivenName &given : culture.given) {
                QVERIFY(!given.text.isEmpty());
                QVERIFY2(ascii.match(given.ascii).hasMatch(), qPrintable(given.ascii));
                (given.female ? female : male) = true;
            }
            QVERIFY2(female && male, qPrintable(culture.country));
            for (const DemoNames::FamilyName &family : culture.family) {
                QVERIFY(!family.male.isEmpty() && !family.female.isEmpty());
                QVERIFY2(ascii.match(family.asciiMale).hasMatch(), qPrintable(family.asciiMale));
                QVERIFY2(ascii.match(family.asciiFemale).hasMatch(),
                         qPrintable(family.asciiFemale));
            }
        }
    }

    void aPersonIsOneCulturesNamesInOneGender()
    {
        DemoMainDice dice(std::mt19937_64(4));
        int gendered = 0;
        for (int i = 0; i < 5000; ++i) {
            const DemoNames::Person person = m_names.pick(dice);
            QVERIFY(person.culture);
            const auto given =
                std::find_if(person.culture->given.begin(), person.culture->given.end(),
                             [&](const DemoNames::GivenName &g) { return g.text == person.first; });
            QVERIFY(given != person.culture->given.end());
            QCOMPARE(person.asciiFirst, given->ascii);
            const auto family =
                std::find_if(person.culture->family.begin(), person.culture->family.end(),
                             [&](const DemoNames::FamilyName &f) {
                                 return (given->female ? f.female : f.male) == person.last;
                             });
            QVERIFY2(family != person.culture->family.end(), qPrintable(person.last));
            QCOMPARE(person.asciiLast, given->female ? family->asciiFemale : family->asciiMale);
            gendered += family->male != family->female;
            QVERIFY(person.culture->zones.contains(person.culture->zone(dice)));
        }
        QVERIFY(gendered > 0);
    }

    void sameSeedSamePeople()
    {
        DemoSlotDice a(SplitMix64{17});
        DemoSlotDice b(SplitMix64{17});
        for (int i = 0; i < 200; ++i) {
            const DemoNames::Person x = m_names.pick(a);
            const DemoNames::Person y = m_names.pick(b);
            QCOMPARE(x.first + x.last, y.first + y.last);
            QCOMPARE(x.culture, y.culture);
        }
    }

    void countriesByWeight()
    {
        DemoMainDice dice(std::mt19937_64(6));
        std::map<const DemoNames::Culture *, int> counts;
        const int draws = 100000;
        for (int i = 0; i < draws; ++i)
            ++counts[m_names.pick(dice).culture];
        int total = 0;
        for (int w : m_names.weights())
            total += w;
        for (std::size_t i = 0; i < m_names.cultures().size(); ++i) {
            const double expected = double(draws) * m_names.weights()[i] / total;
            const int seen = counts[&m_names.cultures()[i]];
            QVERIFY2(seen > expected * 0.9 && seen < expected * 1.1,
                     qPrintable(m_names.cultures()[i].country));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoNames)
#include "tst_demonames.moc"
