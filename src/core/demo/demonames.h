#pragma once

#include "demo/demodice.h"

#include <QString>
#include <QStringList>

#include <vector>

// The people of the demo data: given and family names of many countries and scripts, each
// with an ASCII form for emails and handles, a dialling code and time zones. Countries are
// picked in proportion to their weight; a family name takes the form of the given name's gender
// where the language has one.
class DemoNames
{
public:
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

        template <typename Engine> const QString &zone(DemoDice<Engine> &dice) const
        {
            return zones[static_cast<int>(dice.below(zones.size()))];
        }
    };

    struct Person
    {
        QString first;
        QString last;
        QString asciiFirst;
        QString asciiLast;
        const Culture *culture = nullptr;
    };

    DemoNames();

    const std::vector<Culture> &cultures() const { return m_cultures; }
    const std::vector<int> &weights() const { return m_weights; }

    template <typename Engine> Person pick(DemoDice<Engine> &dice) const
    {
        const Culture &culture = m_cultures[static_cast<std::size_t>(dice.weighted(m_weights))];
        const GivenName &given = dice.pick(culture.given);
        const FamilyName &family = dice.pick(culture.family);
        return Person{given.text, given.female ? family.female : family.male, given.ascii,
                      given.female ? family.asciiFemale : family.asciiMale, &culture};
    }

private:
    std::vector<Culture> m_cultures;
    std::vector<int> m_weights; // of each culture
};
