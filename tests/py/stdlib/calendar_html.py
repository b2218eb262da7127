import calendar

h = calendar.HTMLCalendar(calendar.MONDAY)
html = h.formatmonth(2024, 5)
print(html)
print(h.formatweekday(0), h.formatweekday(6))
print(h.formatmonthname(2024, 5, withyear=False))
year = h.formatyear(2022, width=4)
print(len(year), year.count("<tr>"), year.count('class="noday"'))
print(h.formatyearpage(2020, css=None)[:200])

class Marked(calendar.HTMLCalendar):
    cssclasses = ["mo", "tu", "we", "th", "fr", "sa sat", "su sun"]
    def formatday(self, day, weekday):
        if day == 13 and weekday == 4:
            return '<td class="friday13">13</td>'
        return super().formatday(day, weekday)

m = Marked()
for month in range(1, 13):
    text = m.formatmonth(2026, month)
    if "friday13" in text:
        print("Friday the 13th in", calendar.month_name[month], 2026)
print(Marked().formatweekheader())
