import { expect } from '@open-wc/testing';
import { labelAfterPlace, labelBeginsWith } from './language.js';

describe('labelBeginsWith', () => {
  it('finds the place at the start of a label, in every language', () => {
    expect(labelBeginsWith('全国持证社会工作者', '全国')).to.equal(true);
    expect(labelBeginsWith('全國持證社會工作者', '全國')).to.equal(true);
    expect(labelBeginsWith('广东省持证社会工作者', '广东省')).to.equal(true);
    expect(labelBeginsWith('广东社工站', '广东省')).to.equal(true);
    expect(labelBeginsWith('Guangdong social workers', 'Guangdong')).to.equal(true);
    expect(labelBeginsWith('china’s certified social workers', 'China')).to.equal(true);
  });

  it('does not find it elsewhere, inside a word, or when the place is empty', () => {
    expect(labelBeginsWith('持证社会工作者', '全国')).to.equal(false);
    expect(labelBeginsWith('注册志愿者', '潮州市')).to.equal(false);
    expect(labelBeginsWith('Chinatown volunteers', 'China')).to.equal(false);
    expect(labelBeginsWith('certified social workers in China', 'China')).to.equal(false);
    expect(labelBeginsWith('市民志愿者', '市')).to.equal(false);
    expect(labelBeginsWith('全国', '')).to.equal(false);
  });
});

describe('labelAfterPlace', () => {
  it('leaves the place out of a label said after it, in every language', () => {
    expect(labelAfterPlace('全国持证社会工作者', '全国')).to.equal('持证社会工作者');
    expect(labelAfterPlace('全國持證社會工作者', '全國')).to.equal('持證社會工作者');
    expect(labelAfterPlace('广东社工站', '广东省')).to.equal('社工站');
    expect(labelAfterPlace('廣東省的社工站', '廣東省')).to.equal('社工站');
    expect(labelAfterPlace('Guangdong social workers', 'Guangdong')).to.equal('social workers');
    expect(labelAfterPlace('China’s certified social workers', 'China')).to.equal('certified social workers');
    expect(labelAfterPlace("Guangdong's stations", 'Guangdong')).to.equal('stations');
  });

  it('keeps a label that does not begin with the place, or is only the place', () => {
    expect(labelAfterPlace('持证社会工作者', '全国')).to.equal('持证社会工作者');
    expect(labelAfterPlace('Chinatown volunteers', 'China')).to.equal('Chinatown volunteers');
    expect(labelAfterPlace('全国', '全国')).to.equal('全国');
    expect(labelAfterPlace('social workers', '')).to.equal('social workers');
  });
});
