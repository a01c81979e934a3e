export interface MapColorChoices {
  stories: { value: '' };
  metrics: Array<{ value: string; id: string; label: unknown; place: { id: string; provinceCode?: string }; division: string }>;
  indicators: Array<{ value: string; id: string; label: unknown }>;
}
export declare function mapColorChoices(report: {
  places?: Array<{ id: string; provinceCode?: string }>;
  metrics?: Array<{ id: string; place: string; label: unknown }>;
  indicators?: Array<{ id: string; label: unknown }>;
}): MapColorChoices;
export declare function colorAttributes(value: string): { metric?: string; indicator?: string };
export declare function colorValue(attributes: { metric?: string | null; indicator?: string | null }, choices: MapColorChoices): string;
export declare function defaultColorValue(choices: MapColorChoices): string;
