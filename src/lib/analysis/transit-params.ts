/**
 * The transit-time model's parameters, each with its source. Change a number here and every
 * estimate in the app and the CLI follows. See the Methods page for how they are used.
 */
import type { Source } from '../data/schemas';
import type { TransitParams } from './transit';

export interface SourcedParameter {
	label: string;
	value: string;
	/** How the number was taken from the source (a conversion, a choice between figures). */
	derivation: string;
	sources: Source[];
}

export const TRANSIT_PARAMS: TransitParams = {
	speedKmPerDay: {
		rail: { min: 800, max: 1112 },
		sea: { min: 509, max: 560 },
		road: { min: 516, max: 562 }
	},
	borderDwellDays: { min: 0.86, max: 2.81 },
	transshipmentDwellDays: { min: 1, max: 7 }
};

export const TRANSIT_PARAM_SOURCES: SourcedParameter[] = [
	{
		label: 'Rail speed',
		value: '800–1,112 km/day',
		derivation:
			'Low end: the current service speed of container trains on the Dostyk–Moyinty section stated by Kazinform. High end: the average speed of container trains through Kazakhstan in the first seven months of 2015 reported from KTZ. Russian Railways reported 1,058 km/day for 2019, inside this range.',
		sources: [
			{
				publisher: 'Kazinform',
				title: 'Kazakhstan to implement several projects to increase transit transportations',
				date: null,
				url: 'https://en.inform.kz/news/kazakhstan-to-implement-several-projects-to-increase-transit-transportations_a3992304/'
			},
			{
				publisher: 'AGC News (citing Kazakhstan Today / KTZ)',
				title: 'Cina-Europa, passando per Astana',
				date: '2015-08-27',
				url: 'https://www.agcnews.eu/kazakhstan-cina-europa-treni/'
			},
			{
				publisher: 'Log-Box',
				title:
					'Sergey Pavlov: “In 2024, the Company plans to increase the transit speed of container trains to 1,400 km / day”',
				date: '2020-10-23',
				url: 'https://log-box.com/en/news/sergey-pavlov-in-2024-the-company-plans-to-increase-the-transit-speed-of-container-trains-to-1-400-km-day'
			}
		]
	},
	{
		label: 'Caspian ferry speed',
		value: '509–560 km/day',
		derivation:
			'The Kuryk–Alat crossing takes 20–22 hours (Sea-News.az, 2022); over the 467 km the atlas draws for that leg this is 467/22×24 to 467/20×24 km/day.',
		sources: [
			{
				publisher: 'Sea-News.az (citing Report)',
				title: 'Ferry vessel “Zarifa Aliyeva” reaches port of Kuryk',
				date: '2022-05-06',
				url: 'https://sea-news.az/2022/05/06/ferry-vessel-zarifa-aliyeva-reaches-port-of-kuryk/'
			}
		]
	},
	{
		label: 'Road speed',
		value: '516–562 km/day',
		derivation:
			'CAREC road corridors, average speed with delay 21.5–23.4 km/h (2021–2022), times 24 hours. The mapped network has no road legs yet; the figure is there for when it does.',
		sources: [
			{
				publisher: 'Asian Development Bank / CAREC Program (CPMM)',
				title:
					'CAREC Corridor Performance Measurement and Monitoring Annual Report 2022 — Key Results',
				date: null,
				url: 'https://cpmm.carecprogram.org/?p=130'
			}
		]
	},
	{
		label: 'Dwell per border crossing',
		value: '0.86–2.81 days',
		derivation:
			'Low end: the average rail border-crossing time across CAREC corridors, 20.6 hours (2019). High end: the average for Kazakhstan’s rail border crossings in 2022, 67.4 hours. Congestion has held trains far longer (Małaszewicze 10–16 days in 2021), which the range leaves out.',
		sources: [
			{
				publisher: 'Asian Development Bank / CAREC Program (CPMM)',
				title: 'Rail Transport (CPMM 2020 report)',
				date: null,
				url: 'https://cpmm.carecprogram.org/2020-report/rail-transport/'
			},
			{
				publisher: 'Asian Development Bank / CAREC Program (CPMM)',
				title: 'Untitled page: CPMM 2022 report, Kazakhstan chapter',
				date: null,
				url: 'https://cpmm.carecprogram.org/2022-report/kazakhstan'
			}
		]
	},
	{
		label: 'Dwell per transshipment (rail ⇄ ferry)',
		value: '1–7 days',
		derivation:
			'Low end: 24 hours, the lower end of delays reported at the Caspian ports. High end: a week, when ferries could not berth at Aktau in storms. No source gives a normal rail-to-ship dwell; waits of up to 30 days at Aktau in November 2024 lie beyond this range.',
		sources: [
			{
				publisher: 'Seetao',
				title: 'Untitled page: congestion at Caspian ports (24–72 hour vehicle delays)',
				date: '2026',
				url: 'https://www.seetaoe.com/details/261122.html'
			},
			{
				publisher: 'Minval.biz',
				title: 'Untitled page: ferries unable to berth at Aktau for a week',
				date: null,
				url: 'https://minval.biz/?p=123526994'
			}
		]
	}
];
