import { describe, expect, it } from 'vitest';
import { metaTagsHtml } from './meta-tags.ts';

describe('meta tags', () => {
  it('escape every character a text could use as markup', () => {
    expect(metaTagsHtml([['property', 'og:title', 'A <script>alert("x")</script> & B']])).toBe(
      '<meta property="og:title" content="A &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; B">',
    );
  });
});
