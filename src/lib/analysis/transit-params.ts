/**
 * The transit-time model's parameters, each with its source. Change a number here and every
 * estimate in the app and the CLI follows. See the Methods page for how they are used.
 *
 * The Methods page shows each parameter's name and how its number was taken from the sources
 * (a conversion, a choice between figures) in the reader's language: the texts are the messages
 * `methods_param_<key>` and `methods_param_<key>_derivation` in messages/<locale>.json, English
 * first; change a number and its derivation there too. The sources' titles and publishers stay as
 * published.
 */
import type { Source } from '../data/schemas';
import type { Range, TransitParams } from './transit';

/** The stable key of each sourced parameter (its messages' key). */
export type TransitParamKey =
	'rail_speed' | 'sea_speed' | 'road_speed' | 'border_dwell' | 'transshipment_dwell';

export interface SourcedParameter {
	key: TransitParamKey;
	/** The parameter's range, the very numbers of TRANSIT_PARAMS. */
	range: Range;
	unit: 'km/day' | 'days';
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
		key: 'rail_speed',
		range: TRANSIT_PARAMS.speedKmPerDay.rail,
		unit: 'km/day',
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
		key: 'sea_speed',
		range: TRANSIT_PARAMS.speedKmPerDay.sea,
		unit: 'km/day',
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
		key: 'road_speed',
		range: TRANSIT_PARAMS.speedKmPerDay.road,
		unit: 'km/day',
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
		key: 'border_dwell',
		range: TRANSIT_PARAMS.borderDwellDays,
		unit: 'days',
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
		key: 'transshipment_dwell',
		range: TRANSIT_PARAMS.transshipmentDwellDays,
		unit: 'days',
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
