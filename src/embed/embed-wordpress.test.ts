import { expect } from '@open-wc/testing';
import { isWordpressReady, wordpressMessage, wordpressSecret, WORDPRESS_MAX_HEIGHT } from './embed-wordpress.js';

describe('embed-wordpress', () => {
  it('reads the secret WordPress adds to the address, and nothing else', () => {
    expect(wordpressSecret('#?secret=Ab12Cd34')).to.equal('Ab12Cd34');
    expect(wordpressSecret('#?a=1&secret=Zz9')).to.equal('Zz9');
    for (const hash of ['', '#', '#secret=Ab12', '#?secret=', '#?secret=a-b', '#?secret=a"b', '#?mysecret=Ab12'])
      expect(wordpressSecret(hash), hash).to.equal(null);
  });

  it('asks for a height up to what wp-embed sets, and above it only to be shown', () => {
    expect(wordpressMessage('S1', 640.2)).to.deep.equal({ secret: 'S1', message: 'height', value: 641 });
    expect(wordpressMessage('S1', WORDPRESS_MAX_HEIGHT)).to.deep.equal({
      secret: 'S1',
      message: 'height',
      value: 1000,
    });
    expect(wordpressMessage('S1', 1001)).to.deep.equal({ secret: 'S1', message: 'show' });
  });

  it('answers wp-embed’s ready message for its own secret only', () => {
    expect(isWordpressReady({ message: 'ready', secret: 'S1' }, 'S1')).to.equal(true);
    expect(isWordpressReady({ message: 'ready', secret: 'S2' }, 'S1')).to.equal(false);
    expect(isWordpressReady({ message: 'height', secret: 'S1' }, 'S1')).to.equal(false);
    expect(isWordpressReady({ message: 'ready', secret: 'S1' }, null)).to.equal(false);
    expect(isWordpressReady(null, 'S1')).to.equal(false);
  });
});
