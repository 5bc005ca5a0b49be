import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { memo } from 'react';
import type { LayoutTemplates } from '../../../shared/api';
import { noticeTitle, openingParagraph } from '../../../shared/document/generated-text';
import type { MetaTextField } from '../../../shared/document/notice-fields';
import { STAGES, STAGE_LABELS, type NoticeMeta } from '../../../shared/model/notice';
import { findFieldAttr } from '../../editor/find-fields';
import { ContactsEditor } from './ContactsEditor';
import { DateField } from './DateField';
import { OverrideField } from './OverrideField';

/**
 * 标题与开头: the notice's metadata, from which the title, the opening and
 * the signature are generated, with the generated texts editable by hand.
 */
export const MetadataForm = memo(function MetadataForm({
  meta,
  boilerplate,
  onChange,
}: {
  meta: NoticeMeta;
  boilerplate: LayoutTemplates['boilerplate'];
  onChange: (patch: Partial<NoticeMeta>) => void;
}) {
  const text = (key: Exclude<MetaTextField, `${string}Override`>, label: string, placeholder?: string) => (
    <Form.Item label={label}>
      <Input
        aria-label={label}
        data-find-field={findFieldAttr({ kind: 'meta', field: key })}
        value={meta[key]}
        placeholder={placeholder}
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
    </Form.Item>
  );
  const date = (key: 'inspectionStart' | 'inspectionEnd' | 'feedbackDate' | 'publicationDate', label: string) => (
    <Form.Item label={label}>
      <DateField label={label} value={meta[key]} onChange={(value) => onChange({ [key]: value })} />
    </Form.Item>
  );
  const generatedTitle = noticeTitle({ ...meta, titleOverride: null }, boilerplate);
  const generatedOpening = openingParagraph({ ...meta, openingOverride: null }, boilerplate);

  return (
    <Form layout="vertical" className="metadata-form" component="div">
      <h2 className="panel-title">标题与开头</h2>
      <h3 className="form-section">发文机关</h3>
      <Row gutter={16}>
        <Col span={14}>{text('issuer', '发文机关', '如：中共某某市民政局党组')}</Col>
        <Col span={10}>{text('issuerShort', '简称', '以下简称“…”，留空则用发文机关')}</Col>
      </Row>
      <h3 className="form-section">巡察情况</h3>
      <Row gutter={16}>
        <Col span={8}>{text('inspectingBody', '巡察机关', '如：市委')}</Col>
        <Col span={8}>{text('round', '巡察轮次', '如：十四届市委第十轮')}</Col>
        <Col span={8}>{text('inspectionGroup', '巡察组', '如：市委第二巡察组')}</Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>{date('inspectionStart', '巡察开始日期')}</Col>
        <Col span={8}>{date('inspectionEnd', '巡察结束日期')}</Col>
        <Col span={8}>{date('feedbackDate', '反馈日期')}</Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="通报阶段">
            <Select
              aria-label="通报阶段"
              value={meta.stage}
              onChange={(stage) => onChange({ stage })}
              options={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <h3 className="form-section">标题与开头段</h3>
      <OverrideField
        label="标题"
        rows={2}
        generated={generatedTitle}
        override={meta.titleOverride}
        findField={findFieldAttr({ kind: 'meta', field: 'titleOverride' })}
        onChange={(titleOverride) => onChange({ titleOverride })}
      />
      <OverrideField
        label="开头段"
        rows={4}
        generated={generatedOpening}
        override={meta.openingOverride}
        findField={findFieldAttr({ kind: 'meta', field: 'openingOverride' })}
        onChange={(openingOverride) => onChange({ openingOverride })}
      />
      <h3 className="form-section">结束语与联系方式</h3>
      <OverrideField
        label="结束语"
        rows={2}
        generated={boilerplate.closing}
        override={meta.closingOverride}
        findField={findFieldAttr({ kind: 'meta', field: 'closingOverride' })}
        onChange={(closingOverride) => onChange({ closingOverride })}
      />
      <Row gutter={16}>
        <Col span={8}>{text('contactsLead', '联系方式引语', '如：联系方式：')}</Col>
      </Row>
      <Form.Item label="联系方式（按打印顺序）">
        <ContactsEditor contacts={meta.contacts} onChange={(contacts) => onChange({ contacts })} />
      </Form.Item>
      <h3 className="form-section">署名与日期</h3>
      <Row gutter={16}>
        <Col span={10}>{text('signature', '署名', '留空则用发文机关')}</Col>
        <Col span={8}>{date('publicationDate', '成文日期')}</Col>
        <Col span={6}>
          <Form.Item label="加盖印章">
            <Switch
              aria-label="加盖印章"
              checked={meta.sealed}
              onChange={(sealed) => onChange({ sealed })}
              checkedChildren="盖章"
              unCheckedChildren="不盖章"
            />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
});
