import { describe, expect, it } from 'vitest';
import { isNewView } from '../../../lib/page/navigation';

const view = (from: string, to: string) => isNewView(new URL(from), new URL(to));

describe('isNewView', () => {
  it('keeps the view on a jump to an anchor', () => {
    expect(view('https://a.example/news/1', 'https://a.example/news/1#comments')).toBe(false);
    expect(view('https://a.example/news/1#top', 'https://a.example/news/1#fn2')).toBe(false);
    expect(view('https://a.example/news/1#fn2', 'https://a.example/news/1')).toBe(false);
  });

  it('shows a new view for a new path or query, anchors aside', () => {
    expect(view('https://a.example/news/1', 'https://a.example/news/2')).toBe(true);
    expect(view('https://a.example/news?page=1', 'https://a.example/news?page=2')).toBe(true);
    expect(view('https://a.example/news/1#top', 'https://a.example/news/2#top')).toBe(true);
  });

  it('shows a new view for a hash router’s route', () => {
    expect(view('https://a.example/#/world/1', 'https://a.example/#/world/2')).toBe(true);
    expect(view('https://a.example/#!/world', 'https://a.example/#!/sport')).toBe(true);
    expect(view('https://a.example/', 'https://a.example/#/world')).toBe(true);
    expect(view('https://a.example/#/world', 'https://a.example/#/world')).toBe(false);
  });
});
